using System.Globalization;
using System.IO.Compression;
using System.Text;
using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Migrations.Export;

/// <summary>Writes planned migrations as numbered files in the convention of a migration tool, or as a zip of them.</summary>
public static class MigrationExporter
{
    /// <summary>The files of <paramref name="migrations"/> (numbered from <paramref name="firstVersion"/>) in <paramref name="format"/>.</summary>
    public static IReadOnlyList<MigrationFile> Files(IReadOnlyList<NamedMigration> migrations, MigrationExportFormat format,
        string author = "designstudio", int firstVersion = 1)
    {
        var files = new List<MigrationFile>();
        for (var i = 0; i < migrations.Count; i++)
        {
            var version = firstVersion + i;
            var (name, plan) = (Slug(migrations[i].Name), migrations[i].Plan);
            switch (format)
            {
                case MigrationExportFormat.Plain:
                    var number = version.ToString("D4", CultureInfo.InvariantCulture);
                    files.Add(new MigrationFile($"{number}_{name}.up.sql", plan.UpText()));
                    files.Add(new MigrationFile($"{number}_{name}.down.sql", plan.DownText()));
                    break;
                case MigrationExportFormat.Flyway:
                    files.Add(new MigrationFile($"V{version}__{name}.sql", plan.UpText()));
                    files.Add(new MigrationFile($"U{version}__{name}.sql", plan.DownText()));
                    break;
                case MigrationExportFormat.Liquibase:
                    files.Add(new MigrationFile($"{version.ToString("D4", CultureInfo.InvariantCulture)}_{name}.sql", Liquibase(plan, author, version, name)));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(format), format, null);
            }
        }
        return files;
    }

    /// <summary>A zip archive of <see cref="Files"/>.</summary>
    public static byte[] Zip(IReadOnlyList<NamedMigration> migrations, MigrationExportFormat format, string author = "designstudio", int firstVersion = 1)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var f in Files(migrations, format, author, firstVersion))
            {
                var entry = zip.CreateEntry(f.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero); // identical input, identical archive
                using var w = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                w.Write(f.Content);
            }
        }
        return stream.ToArray();
    }

    /// <summary>
    /// Liquibase formatted SQL: one changeset per migration with its up statements and, as --rollback lines, the down
    /// statements. Changesets with statements that must run outside a transaction are marked runInTransaction:false.
    /// </summary>
    private static string Liquibase(MigrationPlan plan, string author, int version, string name)
    {
        var sb = new StringBuilder("--liquibase formatted sql\n\n");
        var outside = plan.Up.Statements.Any(s => s.OutsideTransaction) || plan.Dialect is DialectNames.Sqlite;
        sb.Append(CultureInfo.InvariantCulture, $"--changeset {author}:{version}-{name}{(outside ? " runInTransaction:false" : "")}\n");
        foreach (var h in plan.Header) sb.Append("--comment: ").Append(h).Append('\n');
        var separator = plan.Dialect == DialectNames.SqlServer ? "\nGO\n" : ";\n";
        // Liquibase wraps a changeset in its own transaction: the script's BEGIN/COMMIT lines are left to it.
        foreach (var s in plan.Up.Statements.Where(s => !IsTransactionControl(s.Sql))) sb.Append(s.Sql).Append(separator);
        foreach (var s in plan.Down.Statements.Where(s => !IsTransactionControl(s.Sql)))
        {
            if (s.Comment is { } c && c.Contains("cannot be restored", StringComparison.Ordinal)) sb.Append("--rollback -- ").Append(c).Append('\n');
            foreach (var line in (s.Sql + separator.TrimEnd('\n')).Split('\n')) sb.Append("--rollback ").Append(line).Append('\n');
        }
        if (plan.Down.Statements.Count == 0) sb.Append("--rollback empty\n");
        return sb.ToString();
    }

    private static bool IsTransactionControl(string sql) =>
        sql is "BEGIN" or "COMMIT" or "COMMIT TRANSACTION" or "SET XACT_ABORT ON;\nBEGIN TRANSACTION";

    /// <summary>A file-name-safe name: letters, digits and underscores.</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in name.Trim())
        {
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (sb.Length > 0 && sb[^1] != '_') sb.Append('_');
        }
        var slug = sb.ToString().Trim('_');
        return slug.Length == 0 ? "migration" : slug;
    }
}
