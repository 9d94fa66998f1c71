using System.IO.Compression;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Migrations.Export;
using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Core.Tests.Migrations;

public class MigrationExporterTests
{
    private static IReadOnlyList<NamedMigration> Migrations(string dialect = DialectNames.PostgreSql) =>
    [
        Named("Rename things", "renames", dialect),
        Named("drop old data", "lossy", dialect),
    ];

    private static NamedMigration Named(string name, string pair, string dialect)
    {
        var (v1, v2) = TestDesigns.MigrationPair(pair, dialect);
        return new NamedMigration(name, MigrationPlanner.Plan(v1, v2, dialect, new MigrationOptions { AllowDataLoss = true }));
    }

    [Fact]
    public void Plain_files_are_numbered_up_and_down_pairs()
    {
        var files = MigrationExporter.Files(Migrations(), MigrationExportFormat.Plain);
        Assert.Equal(["0001_rename_things.up.sql", "0001_rename_things.down.sql", "0002_drop_old_data.up.sql", "0002_drop_old_data.down.sql"],
            files.Select(f => f.Path));
        Assert.Contains("RENAME TO \"labels\"", files[0].Content);
        Assert.Contains("RENAME TO \"tags\"", files[1].Content);
    }

    [Fact]
    public void Flyway_files_are_versioned_and_undo_scripts()
    {
        var files = MigrationExporter.Files(Migrations(), MigrationExportFormat.Flyway, firstVersion: 7);
        Assert.Equal(["V7__rename_things.sql", "U7__rename_things.sql", "V8__drop_old_data.sql", "U8__drop_old_data.sql"], files.Select(f => f.Path));
    }

    [Fact]
    public void Liquibase_file_has_changeset_and_rollback_lines()
    {
        var file = MigrationExporter.Files(Migrations(), MigrationExportFormat.Liquibase, author: "ana")[1];
        var lines = file.Content.Split('\n');
        Assert.Equal("--liquibase formatted sql", lines[0]);
        Assert.Contains("--changeset ana:2-drop_old_data", lines);
        Assert.Contains(lines, l => l.StartsWith("--rollback CREATE TABLE \"post_tags\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("--rollback -- ", StringComparison.Ordinal) && l.Contains("cannot be restored"));
        Assert.DoesNotContain("BEGIN;", file.Content);
    }

    [Fact]
    public void Liquibase_marks_changesets_with_statements_outside_transactions()
    {
        var file = MigrationExporter.Files([Named("enum values", "enums", DialectNames.PostgreSql)], MigrationExportFormat.Liquibase)[0];
        Assert.Contains("runInTransaction:false", file.Content);
    }

    [Fact]
    public void Zip_holds_every_file_and_is_deterministic()
    {
        var zip = MigrationExporter.Zip(Migrations(), MigrationExportFormat.Plain);
        Assert.Equal(zip, MigrationExporter.Zip(Migrations(), MigrationExportFormat.Plain));
        using var archive = new ZipArchive(new MemoryStream(zip));
        Assert.Equal(4, archive.Entries.Count);
        using var reader = new StreamReader(archive.GetEntry("0001_rename_things.up.sql")!.Open());
        Assert.Equal(MigrationExporter.Files(Migrations(), MigrationExportFormat.Plain)[0].Content, reader.ReadToEnd());
    }
}
