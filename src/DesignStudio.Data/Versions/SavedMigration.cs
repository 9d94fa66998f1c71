namespace DesignStudio.Data.Versions;

/// <summary>Migration scripts saved with the version pair they lead between (inserted once, never updated).</summary>
public sealed class SavedMigration
{
    /// <summary>Stable id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owning project.</summary>
    public Guid ProjectId { get; set; }

    /// <summary>The version migrated from.</summary>
    public int FromVersion { get; set; }

    /// <summary>The version migrated to; null for the working design (not committed yet).</summary>
    public int? ToVersion { get; set; }

    /// <summary>The SQL dialect of the scripts.</summary>
    public required string Dialect { get; set; }

    /// <summary>The file convention chosen (plain, flyway, liquibase).</summary>
    public required string Convention { get; set; }

    /// <summary>The up script.</summary>
    public required string Up { get; set; }

    /// <summary>The down script.</summary>
    public required string Down { get; set; }

    /// <summary>Who saved them, if known.</summary>
    public string? Author { get; set; }

    /// <summary>When they were saved (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}
