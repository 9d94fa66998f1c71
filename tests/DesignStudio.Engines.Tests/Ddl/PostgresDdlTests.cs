using DesignStudio.Core.Dialects;
using DesignStudio.Core.Tests.Fixtures;
using DesignStudio.Core.Model;
using Npgsql;

namespace DesignStudio.Engines.Tests.Ddl;

public class PostgresDdlTests
{
    private static readonly SqlDialect Dialect = DialectRegistry.Get(DialectNames.PostgreSql);

    private static async Task<PostgresTestDatabase> CreateAsync(string design)
    {
        var db = await PostgresTestDatabase.CreateAsync();
        await db.ExecuteAsync(Dialect.GenerateDdl(TestDesigns.ByName(design, Dialect.Name)).ToText());
        return db;
    }

    private static async Task<object?> ScalarAsync(PostgresTestDatabase db, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, db.Connection);
        return await cmd.ExecuteScalarAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(DdlDesignData.Designs), MemberType = typeof(DdlDesignData))]
    public async Task Creates_exactly_the_designed_schema(string design)
    {
        var model = TestDesigns.ByName(design, Dialect.Name);
        await using var db = await CreateAsync(design);

        var actual = await PostgresCatalog.LinesAsync(db.Connection, model);
        Assert.Equal(string.Join("\n", ExpectedSchema.Lines(model, Dialect, Engine.Postgres)), string.Join("\n", actual));
    }

    [SkippableFact]
    public async Task Keeps_updated_at_current_on_update()
    {
        await using var db = await CreateAsync("blog");
        await db.ExecuteAsync("INSERT INTO users (email, updated_at) VALUES ('a@example.com', '2000-01-01T00:00:00Z'); " +
                              "UPDATE users SET display_name = 'A' WHERE email = 'a@example.com'");

        var updated = (DateTime)(await ScalarAsync(db, "SELECT updated_at FROM users"))!;
        Assert.True(updated.Year > 2000, $"updated_at stayed {updated:O}");
    }

    [SkippableFact]
    public async Task Keeps_hostile_defaults_and_comments_exact()
    {
        await using var db = await CreateAsync("hostile");
        await db.ExecuteAsync("INSERT INTO \"user\" DEFAULT VALUES; INSERT INTO \"order \"\"lines\"\"]; --x\" (id, \"user ref\") VALUES (1, 1)");

        Assert.Equal("'; DROP TABLE x; --", await ScalarAsync(db, "SELECT \"order\" FROM \"user\""));
        Assert.Equal("it's", await ScalarAsync(db, "SELECT state::text FROM \"order \"\"lines\"\"]; --x\""));
        Assert.Equal(TestDesigns.HostileComment, await ScalarAsync(db, "SELECT obj_description('\"user\"'::regclass, 'pg_class')"));
        Assert.Equal(["it's", "back\\slash", "a\"b"], (string[])(await ScalarAsync(db, "SELECT enum_range(NULL::\"state; drop\")::text[]"))!);
    }

    [SkippableFact]
    public async Task Accepts_rows_in_the_foreign_key_cycle()
    {
        await using var db = await CreateAsync("cycle");
        await db.ExecuteAsync("INSERT INTO departments (id, name) VALUES (1, 'R&D'); INSERT INTO staff (id, department_id) VALUES (10, 1); " +
                              "UPDATE departments SET head_id = 10");

        await Assert.ThrowsAsync<PostgresException>(() => db.ExecuteAsync("INSERT INTO staff (id, department_id) VALUES (11, 99)"));
    }

    [SkippableFact]
    public async Task Creates_tables_and_enum_types_in_their_schemas()
    {
        var blog = TestDesigns.Blog();
        var design = blog with
        {
            Tables = blog.Tables.Select(t => t with { Schema = "blog app" }).ToValueList(),
            Enums = blog.Enums.Select(e => e with { Schema = "blog app" }).ToValueList(),
        };
        await using var db = await PostgresTestDatabase.CreateAsync();
        await db.ExecuteAsync(Dialect.GenerateDdl(design).ToText());

        Assert.Equal(4L, await ScalarAsync(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'blog app'"));
        Assert.Equal("blog app", await ScalarAsync(db, "SELECT n.nspname::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname = 'post_status'"));
        await db.ExecuteAsync("INSERT INTO \"blog app\".users (email) VALUES ('a@example.com')");
    }
}
