using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Data.Versions;

/// <summary>
/// The outcome of restoring a version: <paramref name="Save"/> says whether the working design was replaced (or was
/// refused because someone saved first); <paramref name="Version"/> is the new "Restored from vN" version when it was.
/// <paramref name="Problem"/> is set when the version to restore does not exist.
/// </summary>
public sealed record RestoreResult(SaveResult? Save, VersionSummary? Version, Diagnostic? Problem)
{
    /// <summary>Whether the design now holds the restored content.</summary>
    public bool Succeeded => Save is SaveResult.Saved && Version is not null;
}
