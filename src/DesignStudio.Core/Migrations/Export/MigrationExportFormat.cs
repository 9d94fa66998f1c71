namespace DesignStudio.Core.Migrations.Export;

/// <summary>File conventions of migration tools.</summary>
public enum MigrationExportFormat
{
    /// <summary><c>0001_name.up.sql</c> and <c>0001_name.down.sql</c>.</summary>
    Plain,

    /// <summary>Flyway: <c>V1__name.sql</c> (versioned) and <c>U1__name.sql</c> (undo).</summary>
    Flyway,

    /// <summary>Liquibase formatted SQL: one file per migration with changesets and rollbacks.</summary>
    Liquibase,
}
