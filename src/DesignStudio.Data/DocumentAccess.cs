using DesignStudio.Data.Access;

namespace DesignStudio.Data;

/// <summary>The caller's role on a project and the version of its stored document (what a later save or restore must name).</summary>
/// <param name="Role">The caller's role.</param>
/// <param name="Version">The stored document's version.</param>
public sealed record DocumentAccess(ProjectRole Role, int Version);
