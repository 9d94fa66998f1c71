namespace DesignStudio.Core.Migrations;

/// <summary>How a migration is planned.</summary>
public sealed record MigrationOptions
{
    /// <summary>Default options: refuse lossy steps, plain (not the safer online) script.</summary>
    public static MigrationOptions Default { get; } = new();

    /// <summary>Emit steps that can lose data (drops, narrowing type changes, NOT NULL on a nullable column).</summary>
    public bool AllowDataLoss { get; init; }

    /// <summary>
    /// Write the safer online script where the dialect has one (PostgreSQL: indexes built CONCURRENTLY outside the
    /// transaction, foreign keys and checks added NOT VALID then validated, SET NOT NULL through a validated check).
    /// </summary>
    public bool Safe { get; init; }

    /// <summary>Tables with at least this many estimated rows count as big for the migration safety checks.</summary>
    public long BigTableRows { get; init; } = 1_000_000;
}
