namespace DesignStudio.Core.Migrations.Export;

/// <summary>A planned migration with the name its files get (numbered in list order from 1).</summary>
public sealed record NamedMigration(string Name, MigrationPlan Plan);
