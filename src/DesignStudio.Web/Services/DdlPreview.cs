using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Web.Services;

/// <summary>Generated DDL text with the generator's diagnostics (approximations, unsupported features).</summary>
public sealed record DdlPreview(string Dialect, string Text, IReadOnlyList<Diagnostic> Diagnostics);
