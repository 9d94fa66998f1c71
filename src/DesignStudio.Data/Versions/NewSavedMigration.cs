namespace DesignStudio.Data.Versions;

/// <summary>Migration scripts to save with their version pair (<paramref name="ToVersion"/> null: the working design).</summary>
public sealed record NewSavedMigration(int FromVersion, int? ToVersion, string Dialect, string Convention, string Up, string Down);
