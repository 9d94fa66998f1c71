using DesignStudio.Core.Analysis.NormalForms.Apply;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using Microsoft.Data.Sqlite;

namespace DesignStudio.Engines.Tests.Analysis.NormalForms;

/// <summary>Runs a decomposition's DDL and data-moving script on real SQLite and checks nothing is lost or invented.</summary>
public class DecompositionDataMoveSqliteTests
{
    private static readonly SqlDialect Dialect = DialectRegistry.Get(DialectNames.Sqlite);

    private static Table MakeTable(string name, string[] key, (string Name, LogicalType Type)[] columns, params (string[] Lhs, string[] Rhs)[] fds) => new()
    {
        Id = "tbl_" + name,
        Name = name,
        Columns = columns.Select(c => new Column { Id = $"{name}.{c.Name}", Name = c.Name, Type = c.Type, Nullable = !key.Contains(c.Name) }).ToValueList(),
        PrimaryKey = new PrimaryKey { Id = "pk_" + name, ColumnIds = key.Select(k => $"{name}.{k}").ToValueList() },
        FunctionalDependencies = fds.Select((fd, i) => new FunctionalDependency
        {
            Id = $"fd_{name}_{i}",
            DeterminantIds = fd.Lhs.Select(c => $"{name}.{c}").ToValueList(),
            DependentIds = fd.Rhs.Select(c => $"{name}.{c}").ToValueList(),
        }).ToValueList(),
    };

    private static readonly Table OrderLines = MakeTable("order_lines", ["order_id", "product_id"],
        [("order_id", LogicalType.Int64), ("product_id", LogicalType.Int64), ("quantity", LogicalType.Int64),
         ("product_name", LogicalType.Text), ("category_id", LogicalType.Int64), ("category_name", LogicalType.Text)],
        (["product_id"], ["product_name", "category_id"]), (["category_id"], ["category_name"]));

    private static readonly Table Addresses = MakeTable("addresses", ["id"],
        [("id", LogicalType.Int64), ("street", LogicalType.Text), ("zip", LogicalType.Text), ("city", LogicalType.Text)],
        (["zip"], ["city"]));

    public static TheoryData<string> Cases => ["order_lines", "addresses"];

    private static (Table Table, string[] Rows) Case(string name) => name switch
    {
        "order_lines" => (OrderLines,
        [
            "1, 10, 2, 'Pen', 100, 'Office'", "1, 11, 1, 'Ink', 100, 'Office'", "2, 10, 5, 'Pen', 100, 'Office'",
            "2, 12, 1, 'Tea', 200, 'Food'", "3, 12, 3, 'Tea', 200, 'Food'", "3, 13, 7, 'Jam', 200, 'Food'",
        ]),
        _ => (Addresses,
        [
            "1, 'Main St 1', '1000', 'Brussels'", "2, 'Main St 2', '1000', 'Brussels'", "3, 'Quai 5', '75001', 'Paris'",
            "4, 'Rue 9', '75001', 'Paris'", "5, 'Hill 3', '8000', 'Zurich'",
        ]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Natural_join_of_the_new_tables_gives_back_exactly_the_original_rows(string name)
    {
        var (table, rows) = Case(name);
        var design = new Design { Tables = [table] };
        var application = DecompositionApplier.Build(design, table.Id);
        Assert.True(application.CanApply);
        Assert.True(application.NewTables.Count >= 2);
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = ON");
        Execute(connection, Dialect.GenerateDdl(design).ToText());
        foreach (var row in rows) Execute(connection, $"INSERT INTO {Dialect.QuoteIdentifier(table.Name)} VALUES ({row})");
        var columns = string.Join(", ", table.Columns.Select(c => Dialect.QuoteIdentifier(c.Name)));
        var before = Rows(connection, $"SELECT {columns} FROM {Dialect.QuoteIdentifier(table.Name)} ORDER BY {columns}");

        var newTablesDdl = Dialect.GenerateDdl(new Design { Tables = application.NewTables.ToValueList() });
        Assert.DoesNotContain(newTablesDdl.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
        Execute(connection, application.Script(Dialect).Compose(newTablesDdl).ToText());

        var joined = string.Join(" NATURAL JOIN ", application.NewTables.Select(t => Dialect.QuoteIdentifier(t.Name)));
        var after = Rows(connection, $"SELECT {columns} FROM {joined} ORDER BY {columns}");
        Assert.Equal(before, after);
        Assert.Equal(rows.Length, before.Count);
        // The original is gone; only the new tables remain, and they hold distinct rows only.
        var remaining = Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        Assert.Equal(application.NewTables.Select(t => t.Name).Order(StringComparer.Ordinal), remaining);
        foreach (var t in application.NewTables)
        {
            var quoted = Dialect.QuoteIdentifier(t.Name);
            Assert.Equal(Scalar(connection, $"SELECT COUNT(*) FROM (SELECT DISTINCT * FROM {quoted})"), Scalar(connection, $"SELECT COUNT(*) FROM {quoted}"));
        }
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
    }

    [Fact]
    public void Data_moving_script_stops_on_rows_that_break_a_declared_dependency()
    {
        var design = new Design { Tables = [Addresses] };
        var application = DecompositionApplier.Build(design, Addresses.Id);
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, Dialect.GenerateDdl(design).ToText());
        // zip 1000 maps to two cities: zip → city does not hold, so the zip table's key rejects the second row.
        Execute(connection, "INSERT INTO \"addresses\" VALUES (1, 'a', '1000', 'Brussels'), (2, 'b', '1000', 'Bruxelles')");
        var script = application.Script(Dialect).Compose(Dialect.GenerateDdl(new Design { Tables = application.NewTables.ToValueList() }));

        var error = Assert.Throws<SqliteException>(() => Execute(connection, script.ToText()));
        Assert.Contains("UNIQUE", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }
}
