using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Introspection;
using DesignStudio.TestSupport;

namespace DesignStudio.Engines.Tests.Introspection;

public sealed class MySqlCatalogReaderTests(MySqlFeatureDatabase fixture) : IClassFixture<MySqlFeatureDatabase>
{
    private Task<Design> ReadAsync() => fixture.DesignAsync(TestEnvironment.MariaDbConnectionString);

    [SkippableFact]
    public async Task Reads_the_connections_database_without_schema_names_with_comments()
    {
        var design = await ReadAsync();
        Assert.Equal(["post_tags", "posts", "users"], design.Tables.Select(t => t.QualifiedName));
        var users = design.Table(null, "users");
        Assert.Equal("People who write", users.Comment);
        Assert.Equal("Login", users.Column("email").Comment);
        Assert.NotNull(users.RowEstimate);
    }

    [SkippableFact]
    public async Task Maps_column_types_and_keeps_unsigned_set_and_spatial_types_as_overrides()
    {
        var design = await ReadAsync();
        var users = design.Table(null, "users");
        var posts = design.Table(null, "posts");
        Assert.Equal(LogicalType.Int64, users.Column("id").Type);
        Assert.Equal("int unsigned", users.Column("id").NativeTypeFor(DialectNames.MariaDb));
        Assert.Equal("int unsigned", users.Column("id").NativeTypeFor(DialectNames.MySql));
        Assert.Equal(LogicalType.Boolean, users.Column("active").Type);
        Assert.Empty(users.Column("active").NativeTypes);
        Assert.Equal(LogicalType.Text, users.Column("perms").Type);
        Assert.Equal("set('read','write')", users.Column("perms").NativeTypeFor(DialectNames.MariaDb));
        Assert.Equal(LogicalType.Of(TypeKind.Json), users.Column("settings").Type);
        Assert.Empty(users.Column("settings").NativeTypes);
        Assert.Equal(LogicalType.Uuid, users.Column("public_id").Type);
        Assert.Equal(LogicalType.Of(TypeKind.Int16), users.Column("karma").Type);
        Assert.Equal(LogicalType.TimestampTz, users.Column("created_at").Type);
        Assert.Equal(LogicalType.Text, users.Column("bio").Type);
        Assert.Equal("mediumtext", users.Column("bio").NativeTypeFor(DialectNames.MariaDb));
        Assert.Equal(LogicalType.Of(TypeKind.Binary), users.Column("location").Type);
        Assert.Equal("point", users.Column("location").NativeTypeFor(DialectNames.MariaDb));

        Assert.Equal(LogicalType.Int64, posts.Column("id").Type);
        Assert.Equal(LogicalType.Varchar(200), posts.Column("title").Type);
        Assert.Equal(LogicalType.Text, posts.Column("body").Type);
        Assert.Equal(LogicalType.Decimal(10, 2), posts.Column("score").Type);
        Assert.Equal(LogicalType.Of(TypeKind.Float64), posts.Column("ratio").Type);
        Assert.Equal(LogicalType.Of(TypeKind.Float32), posts.Column("weight").Type);
        Assert.Equal(new LogicalType { Kind = TypeKind.Timestamp, Precision = 3 }, posts.Column("published_on").Type);
        Assert.Empty(posts.Columns.Where(c => c.Name is not ("author_id" or "editor_id")).SelectMany(c => c.NativeTypes));
    }

    [SkippableFact]
    public async Task Reads_inline_enums_as_enum_types_named_after_table_and_column()
    {
        var design = await ReadAsync();
        var role = Assert.Single(design.Enums);
        Assert.Equal(("users_role", (string?)null), (role.Name, role.Schema));
        Assert.Equal(["reader", "writer", "it's admin"], role.Values);
        var column = design.Table(null, "users").Column("role");
        Assert.Equal(LogicalType.Enum(role.Id), column.Type);
        Assert.Equal(ColumnDefault.Literal("reader"), column.Default);
    }

    [SkippableFact]
    public async Task Recognises_defaults_auto_increment_and_on_update_timestamps()
    {
        var design = await ReadAsync();
        var users = design.Table(null, "users");
        Assert.Equal(IdentityKind.ByDefault, users.Column("id").Identity);
        Assert.Null(users.Column("id").Default);
        Assert.Equal(ColumnDefault.Literal("true"), users.Column("active").Default);
        Assert.Equal(ColumnDefault.RandomUuid, users.Column("public_id").Default);
        Assert.Equal(ColumnDefault.Literal("-1"), users.Column("karma").Default);
        Assert.Equal(ColumnDefault.CurrentTimestamp, users.Column("created_at").Default);
        Assert.Equal(ColumnDefault.Literal("it's"), users.Column("note").Default);
        Assert.Equal(ColumnDefault.Literal("read"), users.Column("perms").Default);
        Assert.Null(users.Column("born").Default);
        Assert.True(users.Column("born").Nullable);
        Assert.False(users.Column("email").Nullable);
        Assert.Equal(users.ColumnId("updated_at"), users.Features.UpdatedAtColumnId);
        Assert.Equal(ColumnDefault.Literal("0.00"), design.Table(null, "posts").Column("score").Default);
    }

    [SkippableFact]
    public async Task Reads_keys_checks_and_foreign_keys_with_actions()
    {
        var design = await ReadAsync();
        var users = design.Table(null, "users");
        var posts = design.Table(null, "posts");
        var tags = design.Table(null, "post_tags");
        Assert.Equal(["id"], users.ColumnNames(users.PrimaryKey!.ColumnIds));
        Assert.Equal(["post_id", "tag"], tags.ColumnNames(tags.PrimaryKey!.ColumnIds));
        Assert.Equal("users_email_key", Assert.Single(users.Uniques).Name);
        var check = Assert.Single(posts.Checks);
        Assert.Equal(("posts_score_check", "`score` >= 0"), (check.Name, check.Expression));
        Assert.Empty(users.Checks);

        var author = posts.ForeignKeyOn("author_id");
        Assert.Equal(("posts_author_fk", users.Id, ReferentialAction.Cascade, (ReferentialAction?)null),
            (author.Name, author.TargetTableId, author.OnDelete, author.OnUpdate));
        Assert.Equal([users.ColumnId("id")], author.TargetColumnIds);
        Assert.Equal(ReferentialAction.SetNull, posts.ForeignKeyOn("editor_id").OnDelete);
        var tagPost = Assert.Single(tags.ForeignKeys);
        Assert.Equal(((ReferentialAction?)null, (ReferentialAction?)null), (tagPost.OnDelete, tagPost.OnUpdate));
    }

    [SkippableFact]
    public async Task Reads_indexes_with_method_order_and_prefix_but_not_indexes_implied_by_keys()
    {
        var design = await ReadAsync();
        var posts = design.Table(null, "posts");
        var users = design.Table(null, "users");
        Assert.Equal(["users_location"], users.Indexes.Select(i => i.Name));
        Assert.Equal(IndexMethod.Spatial, users.Index("users_location").Method);
        var recent = posts.Index("posts_author_recent");
        Assert.Equal([IndexPart.OfColumn(posts.ColumnId("author_id")), IndexPart.OfColumn(posts.ColumnId("published_on"), descending: true)], recent.Parts);
        Assert.Equal(20, Assert.Single(posts.Index("posts_title_prefix").Parts).PrefixLength);
        var text = posts.Index("posts_body_text");
        Assert.Equal(IndexMethod.FullText, text.Method);
        Assert.Equal([posts.ColumnId("title"), posts.ColumnId("body")], text.Parts.Select(p => p.ColumnId!));
        // InnoDB creates an index named after each foreign key that needs one: it belongs to the key, not the design.
        Assert.DoesNotContain(posts.Indexes, i => i.Name == "posts_editor_fk");
    }

    [SkippableFact]
    public async Task Keeps_views_triggers_functions_and_procedures_verbatim()
    {
        var design = await ReadAsync();
        Assert.Equal(
            [("function", "add_one"), ("procedure", "count_posts"), ("trigger", "posts_touch"), ("view", "active_users")],
            design.Verbatim.Select(v => (v.Kind, v.Name!)));
        Assert.StartsWith("CREATE FUNCTION `add_one`(`x` int", design.Verbatim[0].Sql, StringComparison.Ordinal);
        Assert.StartsWith("CREATE PROCEDURE `count_posts`(IN `author` int", design.Verbatim[1].Sql, StringComparison.Ordinal);
        Assert.StartsWith("CREATE TRIGGER `posts_touch` BEFORE UPDATE ON `posts` FOR EACH ROW", design.Verbatim[2].Sql, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Reading_the_same_database_twice_gives_equal_designs()
    {
        var first = await ReadAsync();
        var again = await new MySqlCatalogReader().ReadAsync(fixture.Database.ConnectionString);
        Assert.Equal(first, again.Design);
    }

    [SkippableFact]
    public async Task Reads_named_databases_with_the_database_as_schema()
    {
        await ReadAsync();
        var named = await new MySqlCatalogReader().ReadAsync(fixture.Database.ConnectionString,
            new CatalogReadOptions { Schemas = [fixture.Database.Name] });
        Assert.All(named.Design!.Tables, t => Assert.Equal(fixture.Database.Name, t.Schema));
        Assert.Equal(3, named.Design.Tables.Count);
        Assert.Equal(3, named.Design.Tables.Sum(t => t.ForeignKeys.Count));
    }

    [SkippableFact]
    public async Task Without_a_database_reads_every_user_database_but_no_system_one()
    {
        await ReadAsync();
        var all = await new MySqlCatalogReader().ReadAsync(TestEnvironment.MariaDbConnectionString);
        var schemas = all.Design!.Tables.Select(t => t.Schema).Distinct().ToList();
        Assert.Contains(fixture.Database.Name, schemas);
        Assert.DoesNotContain(schemas, s => s is "mysql" or "sys" or "performance_schema" or "information_schema" or null);
        Assert.Equal(3, all.Design.Tables.Count(t => t.Schema == fixture.Database.Name));
    }
}
