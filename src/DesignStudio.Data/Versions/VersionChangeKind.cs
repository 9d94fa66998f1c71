namespace DesignStudio.Data.Versions;

/// <summary>What happened to a project's version history.</summary>
public enum VersionChangeKind
{
    /// <summary>A version was committed.</summary>
    Committed,

    /// <summary>A version was restored, which committed a new "Restored from vN" version.</summary>
    Restored,

    /// <summary>A tag was put on a version.</summary>
    Tagged,

    /// <summary>A tag was removed from a version.</summary>
    Untagged,
}
