namespace DesignStudio.Data.Versions;

/// <summary>Saved migration scripts with their version pair (<paramref name="ToVersion"/> null: the working design).</summary>
public sealed record SavedMigrationSummary(Guid Id, int FromVersion, int? ToVersion, string Dialect, string Convention,
    string Up, string Down, string? Author, DateTime CreatedUtc);
