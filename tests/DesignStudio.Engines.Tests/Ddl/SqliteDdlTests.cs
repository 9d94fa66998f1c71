using DesignStudio.Core.Dialects;
using DesignStudio.Core.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace DesignStudio.Engines.Tests.Ddl;

public class SqliteDdlTests
{
    private static readonly SqlDialect Dialect = DialectRegistry.Get(DialectNames.Sqlite);

    private static SqliteConnection Open(string design)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = ON");
        Execute(connection, Dialect.GenerateDdl(TestDesigns.ByName(design, Dialect.Name)).ToText());
        return connection;
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

    [Theory]
    [MemberData(nameof(DdlDesignData.Designs), MemberType = typeof(DdlDesignData))]
    public void Creates_exactly_the_designed_schema(string design)
    {
        var model = TestDesigns.ByName(design, Dialect.Name);
        using var connection = Open(design);

        Assert.Equal(string.Join("\n", ExpectedSchema.Lines(model, Dialect, Engine.Sqlite)), string.Join("\n", SqliteCatalog.Lines(connection, model)));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM pragma_foreign_key_check"));
    }

    [Fact]
    public void Keeps_updated_at_current_on_update()
    {
        using var connection = Open("blog");
        Execute(connection, "INSERT INTO users (email, updated_at) VALUES ('a@example.com', '2000-01-01T00:00:00Z')");
        Execute(connection, "UPDATE users SET display_name = 'A' WHERE email = 'a@example.com'");

        var updated = (string)Scalar(connection, "SELECT updated_at FROM users")!;
        Assert.NotEqual("2000-01-01T00:00:00Z", updated);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", updated);
    }

    [Fact]
    public void Generates_version_4_uuids_and_keeps_hostile_literals_exact()
    {
        using var connection = Open("every_type");
        Execute(connection, "INSERT INTO every_type (c_int64) VALUES (1)");
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", (string)Scalar(connection, "SELECT id FROM every_type")!);
        Assert.Equal("back\\slash", Scalar(connection, "SELECT c_varchar FROM every_type"));

        using var hostile = Open("hostile");
        Execute(hostile, "INSERT INTO \"user\" (\"semi;colon\") VALUES (1)");
        Assert.Equal("'; DROP TABLE x; --", Scalar(hostile, "SELECT \"order\" FROM \"user\""));
    }

    [Fact]
    public void Accepts_rows_in_the_foreign_key_cycle()
    {
        using var connection = Open("cycle");
        Execute(connection, "INSERT INTO departments (id, name) VALUES (1, 'R&D'); INSERT INTO staff (id, department_id) VALUES (10, 1); UPDATE departments SET head_id = 10");

        var ex = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO staff (id, department_id) VALUES (11, 99)"));
        Assert.Contains("FOREIGN KEY", ex.Message);
    }
}
