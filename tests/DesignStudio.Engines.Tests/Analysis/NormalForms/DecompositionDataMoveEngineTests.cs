using System.Data.Common;
using System.Globalization;
using DesignStudio.Core.Analysis.NormalForms.Apply;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Execution;
using DesignStudio.TestSupport;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace DesignStudio.Engines.Tests.Analysis.NormalForms;

/// <summary>
/// The data-moving script of an applied 3NF decomposition, in each dialect the studio's picker offers, run on a real
/// engine: original table with rows, rename aside, new tables from the dialect's DDL, inserts, drop. Every new table
/// must hold exactly the distinct projection of the original rows on its columns.
/// </summary>
public class DecompositionDataMoveEngineTests
{
    private static readonly string[] Columns = ["order_id", "product_id", "quantity", "product name", "category_id", "category_name"];

    // product_id → product name, category_id; category_id → category_name. Projections repeat: 7 rows, 4 products, 2 categories.
    private static readonly object[][] Data =
    [
        [1, 10, 2, "Pen", 100, "Office"], [1, 11, 1, "Ink", 100, "Office"], [2, 10, 5, "Pen", 100, "Office"],
        [2, 12, 1, "Tea's", 200, "Food"], [3, 12, 3, "Tea's", 200, "Food"], [3, 13, 7, "Jam", 200, "Food"], [4, 13, 7, "Jam", 200, "Food"],
    ];

    private static Table OrderLines()
    {
        string Id(string c) => "order_lines." + c.Replace(' ', '_');
        return new Table
        {
            Id = "tbl_order_lines",
            Name = "order_lines",
            Columns = Columns.Select((c, i) => new Column
            {
                Id = Id(c), Name = c, Type = Data[0][i] is int ? LogicalType.Int64 : LogicalType.Text, Nullable = i > 1,
            }).ToValueList(),
            PrimaryKey = new PrimaryKey { Id = "pk_order_lines", ColumnIds = [Id("order_id"), Id("product_id")] },
            FunctionalDependencies =
            [
                new FunctionalDependency { Id = "fd_product", DeterminantIds = [Id("product_id")], DependentIds = [Id("product name"), Id("category_id")] },
                new FunctionalDependency { Id = "fd_category", DeterminantIds = [Id("category_id")], DependentIds = [Id("category_name")] },
            ],
        };
    }

    [Fact]
    public Task Sqlite_script_fills_each_new_table_with_the_distinct_projection() => RunAsync(DialectNames.Sqlite, ScratchDatabase.CreateSqlite);

    [SkippableFact]
    public Task PostgreSql_script_fills_each_new_table_with_the_distinct_projection() =>
        RunAsync(DialectNames.PostgreSql, () => ScratchDatabase.CreatePostgreSqlAsync(TestEnvironment.PostgresConnectionString).GetAwaiter().GetResult());

    [SkippableFact]
    public Task MariaDb_script_fills_each_new_table_with_the_distinct_projection() =>
        RunAsync(DialectNames.MariaDb, () => ScratchDatabase.CreateMySqlAsync(TestEnvironment.MariaDbConnectionString).GetAwaiter().GetResult());

    [SkippableFact]
    public Task MySql_dialect_script_runs_on_MariaDb_and_fills_each_new_table_with_the_distinct_projection() =>
        RunAsync(DialectNames.MySql, () => ScratchDatabase.CreateMySqlAsync(TestEnvironment.MariaDbConnectionString, DialectNames.MySql).GetAwaiter().GetResult());

    private static async Task RunAsync(string dialectName, Func<ScratchDatabase> create)
    {
        var dialect = DialectRegistry.Get(dialectName);
        var table = OrderLines();
        var design = new Design { Tables = [table] };
        var application = DecompositionApplier.Build(design, table.Id);
        Assert.True(application.CanApply);
        Assert.Equal(3, application.NewTables.Count);
        var script = application.Script(dialect);
        Assert.NotEmpty(script.Prepare); // a new table takes the name order_lines: the original's rows are copied aside first

        await using var db = create();
        var executor = db.CreateExecutor();
        await Succeeds(executor, dialect.GenerateDdl(design));
        var inserts = Data.Select(r => new SqlStatement(
            $"INSERT INTO {dialect.QuoteIdentifier(table.Name)} ({string.Join(", ", Columns.Select(dialect.QuoteIdentifier))}) "
            + $"VALUES ({string.Join(", ", r.Select(v => v is string s ? dialect.QuoteString(s) : Convert.ToString(v, CultureInfo.InvariantCulture)))})")).ToList();
        await Succeeds(executor, new DdlScript(dialectName, inserts, []));

        await Succeeds(executor, new DdlScript(dialectName, script.Prepare, []));
        var createNew = dialect.GenerateDdl(new Design { Tables = application.NewTables.ToValueList() });
        Assert.DoesNotContain(createNew.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
        await Succeeds(executor, createNew);
        await Succeeds(executor, new DdlScript(dialectName, script.Inserts, []));

        await using var connection = Open(db);
        var source = dialect.QuoteIdentifier(script.SourceName);
        foreach (var planned in application.Plan.Tables)
        {
            var target = application.NewTables.Single(t => t.Id == planned.Table.Id);
            var back = planned.ColumnMap.ToDictionary(p => p.Value, p => p.Key);
            var sourceColumns = target.Columns.Select(c => table.GetColumn(back[c.Id]).Name).ToList();
            var moved = Rows(connection, $"SELECT {string.Join(", ", target.Columns.Select(c => dialect.QuoteIdentifier(c.Name)))} FROM {dialect.QuoteIdentifier(target.Name)}");
            var projection = Rows(connection, $"SELECT DISTINCT {string.Join(", ", sourceColumns.Select(dialect.QuoteIdentifier))} FROM {source}");
            Assert.Equal(projection, moved);
            // The same projection computed here, so an engine that dropped or invented rows in both places is caught too.
            var expected = Data.Select(r => string.Join("|", sourceColumns.Select(c => Convert.ToString(r[Array.IndexOf(Columns, c)], CultureInfo.InvariantCulture))))
                .Distinct().Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, moved);
        }

        await Succeeds(executor, new DdlScript(dialectName, script.Cleanup, []));
        Assert.ThrowsAny<DbException>(() => Rows(connection, $"SELECT COUNT(*) FROM {source}"));
    }

    private static async Task Succeeds(ISqlExecutor executor, DdlScript script)
    {
        var result = await executor.ExecuteAsync(script);
        Assert.True(result.Succeeded, result.Failure?.ToString());
    }

    private static DbConnection Open(ScratchDatabase db)
    {
        DbConnection connection = db.Engine switch
        {
            DialectNames.Sqlite => new SqliteConnection(db.ConnectionString),
            DialectNames.PostgreSql => new NpgsqlConnection(db.ConnectionString),
            _ => new MySqlConnection(db.ConnectionString),
        };
        connection.Open();
        return connection;
    }

    private static List<string> Rows(DbConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
