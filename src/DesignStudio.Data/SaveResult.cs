namespace DesignStudio.Data;

/// <summary>The outcome of saving a design: saved, refused because someone saved first or the caller may not edit, or the project is gone.</summary>
public abstract record SaveResult
{
    private SaveResult()
    {
    }

    /// <summary>The design was saved as <paramref name="Version"/>.</summary>
    public sealed record Saved(int Version, DateTime UpdatedUtc) : SaveResult;

    /// <summary>
    /// The save named an older version than the stored one: nothing was written. The stored design is
    /// <paramref name="CurrentVersion"/>, saved by <paramref name="UpdatedBy"/> at <paramref name="UpdatedUtc"/>.
    /// </summary>
    public sealed record Conflict(int CurrentVersion, string? UpdatedBy, DateTime UpdatedUtc) : SaveResult;

    /// <summary>The project no longer exists.</summary>
    public sealed record ProjectMissing : SaveResult;

    /// <summary>The caller may not edit this project (no role, or viewer/commenter): nothing was written.</summary>
    public sealed record Forbidden : SaveResult;
}
