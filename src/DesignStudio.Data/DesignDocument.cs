namespace DesignStudio.Data;

/// <summary>
/// The stored design of a project: its JSON text and a version number that every save must name, so a save based on
/// an older version is refused instead of overwriting someone else's work (optimistic concurrency).
/// </summary>
public sealed class DesignDocument
{
    /// <summary>The owning project (also the key: one document per project).</summary>
    public Guid ProjectId { get; set; }

    /// <summary>The design as JSON text.</summary>
    public required string Json { get; set; }

    /// <summary>Incremented by every save; a concurrency token.</summary>
    public int Version { get; set; }

    /// <summary>The last operation-log sequence this document includes (0 before any logged operation).</summary>
    public long Sequence { get; set; }

    /// <summary>When the design was last saved (UTC).</summary>
    public DateTime UpdatedUtc { get; set; }

    /// <summary>Who saved it last (a display name), if known.</summary>
    public string? UpdatedBy { get; set; }
}
