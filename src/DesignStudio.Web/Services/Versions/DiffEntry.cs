using DesignStudio.Web.Canvas;

namespace DesignStudio.Web.Services.Versions;

/// <summary>One line of the diff list: whether something was added, removed or changed, and what.</summary>
public sealed record DiffEntry(DiffMark Mark, string Text);
