using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Tests.Ddl;
using MySqlConnector;
using Npgsql;
using DesignStudio.TestSupport;

namespace DesignStudio.Engines.Tests.Analysis.Lint;

/// <summary>
/// The lint rules that claim an engine will fail are checked against the real engines: the generated DDL of the
/// flagged design fails there, and after the finding's quick fix it runs (and the finding is gone).
/// </summary>
public class LintEngineProofTests
{
    private static Design Articles() => new()
    {
        Tables =
        [
            new Table
            {
                Id = "t_articles", Name = "articles",
                Columns =
                [
                    new Column { Id = "c_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                    new Column { Id = "c_slug", Name = "slug", Type = LogicalType.Text, Nullable = false },
                ],
                PrimaryKey = new PrimaryKey { Id = "pk_articles", ColumnIds = ["c_id"] },
                Indexes = [new Core.Model.Index { Id = "ix_slug", Name = "ix_articles_slug", Parts = [IndexPart.OfColumn("c_slug")] }],
            },
        ],
    };

    /// <summary>parents(id) and children(id, parent_id NOT NULL → parents ON DELETE SET NULL).</summary>
    private static Design SetNullOnNotNull() => new()
    {
        Tables =
        [
            new Table
            {
                Id = "t_parents", Name = "parents",
                Columns = [new Column { Id = "p_id", Name = "id", Type = LogicalType.Int64, Nullable = false }],
                PrimaryKey = new PrimaryKey { Id = "pk_parents", ColumnIds = ["p_id"] },
            },
            new Table
            {
                Id = "t_children", Name = "children",
                Columns =
                [
                    new Column { Id = "k_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                    new Column { Id = "k_parent", Name = "parent_id", Type = LogicalType.Int64, Nullable = false },
                ],
                PrimaryKey = new PrimaryKey { Id = "pk_children", ColumnIds = ["k_id"] },
                ForeignKeys =
                [
                    new ForeignKey
                    {
                        Id = "fk_children_parent", Name = "fk_children_parent_id", ColumnIds = ["k_parent"], TargetTableId = "t_parents",
                        TargetColumnIds = ["p_id"], OnDelete = ReferentialAction.SetNull,
                    },
                ],
                Indexes = [new Core.Model.Index { Id = "ix_parent", Name = "ix_children_parent_id", Parts = [IndexPart.OfColumn("k_parent")] }],
            },
        ],
    };

    private static LintFinding Single(Design design, string dialect, string code) =>
        Assert.Single(new LintRunner().Run(design, new LintOptions { Dialect = dialect }).Findings, f => f.Code == code);

    private static string Ddl(Design design, string dialect) => DialectRegistry.Get(dialect).GenerateDdl(design).ToText();

    [SkippableFact]
    public async Task Text_primary_key_flagged_by_LN010_fails_on_MariaDB_and_its_quick_fix_runs()
    {
        var design = Articles() with
        {
            Tables = [Articles().Tables[0] with { PrimaryKey = new PrimaryKey { Id = "pk_articles", ColumnIds = ["c_slug"] }, Indexes = [] }],
        };
        var finding = Single(design, DialectNames.MariaDb, "LN010");
        Assert.Equal(Severity.Error, finding.Severity);
        await using (var db = await MariaDbTestDatabase.CreateAsync())
        {
            var e = await Assert.ThrowsAsync<MySqlException>(() => db.ExecuteAsync(Ddl(design, DialectNames.MariaDb)));
            Assert.Equal(MySqlErrorCode.BlobKeyWithoutLength, e.ErrorCode);
        }
        var fixedDesign = finding.QuickFix!.Apply(design);
        Assert.DoesNotContain(new LintRunner().Run(fixedDesign, new LintOptions { Dialect = DialectNames.MariaDb }).Findings, f => f.Code == "LN010");
        await using (var db = await MariaDbTestDatabase.CreateAsync())
        {
            await db.ExecuteAsync(Ddl(fixedDesign, DialectNames.MariaDb));
        }
    }

    [SkippableFact]
    public async Task Text_index_flagged_by_LN010_is_silently_shortened_by_MariaDB_and_its_quick_fix_states_the_prefix()
    {
        var design = Articles();
        var finding = Single(design, DialectNames.MariaDb, "LN010");
        Assert.Equal(Severity.Warning, finding.Severity);
        var fixedDesign = finding.QuickFix!.Apply(design);
        foreach (var (d, expected) in new[] { (design, "`slug`(768)"), (fixedDesign, $"`slug`({UnindexableTextKeyRule.SuggestedPrefixLength})") })
        {
            await using var db = await MariaDbTestDatabase.CreateAsync();
            await db.ExecuteAsync(Ddl(d, DialectNames.MariaDb));
            await using var cmd = new MySqlCommand("SHOW CREATE TABLE articles", db.Connection);
            await using var reader = await cmd.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Contains(expected, reader.GetString(1));
        }
    }

    [SkippableFact]
    public async Task Set_null_on_not_null_flagged_by_LN006_is_rejected_by_MariaDB_and_its_quick_fix_runs()
    {
        var design = SetNullOnNotNull();
        var finding = Single(design, DialectNames.MySql, "LN006");
        await using (var db = await MariaDbTestDatabase.CreateAsync())
        {
            await Assert.ThrowsAsync<MySqlException>(() => db.ExecuteAsync(Ddl(design, DialectNames.MySql)));
        }
        var fixedDesign = finding.QuickFix!.Apply(design);
        await using (var db = await MariaDbTestDatabase.CreateAsync())
        {
            await db.ExecuteAsync(Ddl(fixedDesign, DialectNames.MySql));
        }
    }

    [SkippableFact]
    public async Task Set_null_on_not_null_flagged_by_LN006_makes_PostgreSQL_parent_deletes_fail()
    {
        var design = SetNullOnNotNull();
        Single(design, DialectNames.PostgreSql, "LN006");
        var admin = TestEnvironment.PostgresConnectionString;
        var name = "lint_" + Guid.NewGuid().ToString("N");
        await using (var c = new NpgsqlConnection(admin))
        {
            await c.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {name}", c).ExecuteNonQueryAsync();
        }
        try
        {
            await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString);
            await conn.OpenAsync();
            await new NpgsqlCommand(Ddl(design, DialectNames.PostgreSql), conn).ExecuteNonQueryAsync();
            await new NpgsqlCommand("INSERT INTO parents (id) VALUES (1); INSERT INTO children (id, parent_id) VALUES (10, 1);", conn).ExecuteNonQueryAsync();
            var e = await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlCommand("DELETE FROM parents WHERE id = 1", conn).ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.NotNullViolation, e.SqlState);
        }
        finally
        {
            await using var c = new NpgsqlConnection(admin);
            await c.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", c).ExecuteNonQueryAsync();
        }
    }
}
