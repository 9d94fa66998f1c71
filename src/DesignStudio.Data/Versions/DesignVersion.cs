namespace DesignStudio.Data.Versions;

/// <summary>
/// A committed version of a project's design: an immutable snapshot. Rows are inserted once and never updated; tags
/// live in their own table (<see cref="DesignVersionTag"/>) so tagging does not touch the snapshot.
/// </summary>
public sealed class DesignVersion
{
    /// <summary>Stable id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owning project.</summary>
    public Guid ProjectId { get; set; }

    /// <summary>1, 2, 3… per project, in commit order.</summary>
    public int Number { get; set; }

    /// <summary>Short name, e.g. "initial schema".</summary>
    public required string Name { get; set; }

    /// <summary>Longer message, if any.</summary>
    public string? Message { get; set; }

    /// <summary>Who committed it (a display name), if known.</summary>
    public string? Author { get; set; }

    /// <summary>When it was committed (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>The design as design-file JSON text.</summary>
    public required string Json { get; set; }

    /// <summary>The version this one restored, when it was made by a restore.</summary>
    public int? RestoredFrom { get; set; }
}
