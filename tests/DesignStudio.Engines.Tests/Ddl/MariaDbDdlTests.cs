using DesignStudio.Core.Dialects;
using DesignStudio.Core.Tests.Fixtures;
using MySqlConnector;

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>Runs both the mysql and the mariadb output on the MariaDB 10.11 test server.</summary>
public class MariaDbDdlTests
{
    private static async Task<MariaDbTestDatabase> CreateAsync(string dialect, string design)
    {
        var db = await MariaDbTestDatabase.CreateAsync();
        await db.ExecuteAsync(DialectRegistry.Get(dialect).GenerateDdl(TestDesigns.ByName(design, dialect)).ToText());
        return db;
    }

    private static async Task<object?> ScalarAsync(MariaDbTestDatabase db, string sql)
    {
        await using var cmd = new MySqlCommand(sql, db.Connection);
        return await cmd.ExecuteScalarAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(DdlDesignData.MySqlFamily), MemberType = typeof(DdlDesignData))]
    public async Task Creates_exactly_the_designed_schema(string dialect, string design)
    {
        var d = DialectRegistry.Get(dialect);
        var model = TestDesigns.ByName(design, dialect);
        await using var db = await CreateAsync(dialect, design);

        var (uniques, fks) = ExpectedSchema.ConstraintNames(model, d);
        var actual = await MariaDbCatalog.LinesAsync(db.Connection, db.Name, model, uniques, fks);
        Assert.Equal(string.Join("\n", ExpectedSchema.Lines(model, d, Engine.MariaDb)), string.Join("\n", actual));
    }

    [SkippableTheory]
    [InlineData("mysql")]
    [InlineData("mariadb")]
    public async Task Keeps_hostile_defaults_and_enum_values_exact(string dialect)
    {
        await using var db = await CreateAsync(dialect, "hostile");
        await db.ExecuteAsync("INSERT INTO `user` () VALUES (); INSERT INTO `order \"lines\"]; --x` (id, `user ref`) VALUES (1, 1)");

        Assert.Equal("'; DROP TABLE x; --", await ScalarAsync(db, "SELECT `order` FROM `user`"));
        Assert.Equal("it's", await ScalarAsync(db, "SELECT state FROM `order \"lines\"]; --x`"));
        Assert.Equal(TestDesigns.HostileComment, await ScalarAsync(db, "SELECT TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user'"));
        await db.ExecuteAsync("UPDATE `order \"lines\"]; --x` SET state = 'back\\\\slash'");
        Assert.Equal("back\\slash", await ScalarAsync(db, "SELECT state FROM `order \"lines\"]; --x`"));
    }

    [SkippableTheory]
    [InlineData("mysql")]
    [InlineData("mariadb")]
    public async Task Keeps_updated_at_current_on_update(string dialect)
    {
        await using var db = await CreateAsync(dialect, "blog");
        await db.ExecuteAsync("INSERT INTO users (email, updated_at) VALUES ('a@example.com', '2000-01-01'); " +
                              "UPDATE users SET display_name = 'A' WHERE email = 'a@example.com'");

        var updated = (DateTime)(await ScalarAsync(db, "SELECT updated_at FROM users"))!;
        Assert.True(updated.Year > 2000, $"updated_at stayed {updated:O}");
    }

    [SkippableTheory]
    [InlineData("mysql")]
    [InlineData("mariadb")]
    public async Task Generates_uuid_defaults(string dialect)
    {
        await using var db = await CreateAsync(dialect, "every_type");
        await db.ExecuteAsync("INSERT INTO every_type (c_int64) VALUES (1)");

        var id = (await ScalarAsync(db, "SELECT CAST(id AS char) FROM every_type"))!.ToString()!;
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", id);
        Assert.Equal("back\\slash", await ScalarAsync(db, "SELECT c_varchar FROM every_type"));
    }

    [SkippableTheory]
    [InlineData("mysql")]
    [InlineData("mariadb")]
    public async Task Accepts_rows_in_the_foreign_key_cycle(string dialect)
    {
        await using var db = await CreateAsync(dialect, "cycle");
        await db.ExecuteAsync("INSERT INTO departments (id, name) VALUES (1, 'R&D'); INSERT INTO staff (id, department_id) VALUES (10, 1); " +
                              "UPDATE departments SET head_id = 10");

        await Assert.ThrowsAsync<MySqlException>(() => db.ExecuteAsync("INSERT INTO staff (id, department_id) VALUES (11, 99)"));
    }
}
