using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Introspection;

namespace DesignStudio.Engines.Tests.Introspection;

public sealed class SqliteCatalogReaderTests(SqliteFeatureDatabase fixture) : IClassFixture<SqliteFeatureDatabase>
{
    private Task<Design> ReadAsync() => fixture.DesignAsync("");

    [Fact]
    public async Task Reads_tables_without_schema_comments_or_row_estimates()
    {
        var design = await ReadAsync();
        Assert.Equal(["post_tags", "posts", "users"], design.Tables.Select(t => t.QualifiedName));
        Assert.All(design.Tables, t => Assert.Null(t.RowEstimate));
    }

    [Fact]
    public async Task Maps_declared_types_and_keeps_unknown_ones_as_overrides()
    {
        var design = await ReadAsync();
        var users = design.Table(null, "users");
        Assert.Equal(LogicalType.Int64, users.Column("id").Type);
        Assert.Equal(LogicalType.Varchar(191), users.Column("email").Type);
        Assert.Equal(LogicalType.Boolean, users.Column("active").Type);
        Assert.Equal(LogicalType.Int32, users.Column("karma").Type);
        Assert.Equal(LogicalType.Of(TypeKind.Timestamp), users.Column("created_at").Type);
        Assert.Equal(LogicalType.Of(TypeKind.Date), users.Column("born").Type);
        Assert.Equal(LogicalType.Varchar(20), users.Column("note").Type);
        Assert.Equal("NVARCHAR(20)", users.Column("note").NativeTypeFor(DialectNames.Sqlite));
        Assert.Equal(LogicalType.Of(TypeKind.Binary), users.Column("blob_data").Type);
        Assert.Equal(LogicalType.Of(TypeKind.Decimal), users.Column("legacy").Type);
        Assert.Equal("STRANGE_TYPE", users.Column("legacy").NativeTypeFor(DialectNames.Sqlite));
        Assert.Equal(LogicalType.Of(TypeKind.Json), users.Column("settings").Type);
        Assert.Equal(LogicalType.Decimal(10, 2), design.Table(null, "posts").Column("score").Type);
    }

    [Fact]
    public async Task Recognises_defaults_nullability_and_autoincrement()
    {
        var design = await ReadAsync();
        var users = design.Table(null, "users");
        var posts = design.Table(null, "posts");
        Assert.Equal(IdentityKind.ByDefault, users.Column("id").Identity);
        Assert.Equal(IdentityKind.ByDefault, posts.Column("id").Identity); // INTEGER PRIMARY KEY: the rowid alias
        Assert.False(posts.Column("id").Nullable);
        Assert.Equal(ColumnDefault.Literal("true"), users.Column("active").Default);
        Assert.Equal(ColumnDefault.Literal("reader"), users.Column("role").Default);
        Assert.Equal(ColumnDefault.Literal("-1"), users.Column("karma").Default);
        Assert.Equal(ColumnDefault.CurrentTimestamp, users.Column("created_at").Default);
        Assert.Equal(ColumnDefault.CurrentTimestamp, posts.Column("published_on").Default);
        Assert.Equal(ColumnDefault.Literal("it's"), users.Column("note").Default);
        Assert.Null(users.Column("born").Default);
        Assert.True(users.Column("born").Nullable);
        Assert.False(users.Column("email").Nullable);
    }

    [Fact]
    public async Task Reads_keys_checks_and_foreign_keys_with_names_from_the_table_sql()
    {
        var design = await ReadAsync();
        var users = design.Table(null, "users");
        var posts = design.Table(null, "posts");
        var tags = design.Table(null, "post_tags");
        Assert.Equal(["id"], users.ColumnNames(users.PrimaryKey!.ColumnIds));
        Assert.Equal("posts_pkey", posts.PrimaryKey!.Name);
        Assert.Equal(["post_id", "tag"], tags.ColumnNames(tags.PrimaryKey!.ColumnIds));
        Assert.Equal(("users_email_key", users.ColumnId("email")), (users.Uniques.Single().Name, users.Uniques.Single().ColumnIds.Single()));
        Assert.Equal(["tag", "post_id"], tags.ColumnNames(Assert.Single(tags.Uniques).ColumnIds));

        Assert.Equal("role IN ('reader', 'writer')", Assert.Single(users.Checks).Expression);
        Assert.Equal(("posts_score_check", "score >= 0"), (posts.Checks.Single().Name, posts.Checks.Single().Expression));

        var author = posts.ForeignKeyOn("author_id");
        Assert.Equal((users.Id, ReferentialAction.Cascade, (ReferentialAction?)null), (author.TargetTableId, author.OnDelete, author.OnUpdate));
        var editor = posts.ForeignKeyOn("editor_id");
        Assert.Equal(("posts_editor_fk", ReferentialAction.SetNull, ReferentialAction.Restrict), (editor.Name, editor.OnDelete, editor.OnUpdate));
        Assert.Equal([users.ColumnId("id")], editor.TargetColumnIds);
        Assert.Equal("post_tags_post_fk", Assert.Single(tags.ForeignKeys).Name);
    }

    [Fact]
    public async Task Reads_indexes_with_order_predicate_and_expressions_but_not_constraint_indexes()
    {
        var design = await ReadAsync();
        var posts = design.Table(null, "posts");
        Assert.Equal(["posts_author_recent", "posts_lower_title"], posts.Indexes.Select(i => i.Name));
        var recent = posts.Index("posts_author_recent");
        Assert.Equal([IndexPart.OfColumn(posts.ColumnId("author_id")), IndexPart.OfColumn(posts.ColumnId("published_on"), descending: true)], recent.Parts);
        Assert.Equal("title <> ''", recent.Where);
        var lower = posts.Index("posts_lower_title");
        Assert.True(lower.Unique);
        Assert.Equal("lower(title)", Assert.Single(lower.Parts).Expression);
        Assert.Empty(design.Table(null, "users").Indexes);
        Assert.Empty(design.Table(null, "post_tags").Indexes);
    }

    [Fact]
    public async Task Keeps_views_and_triggers_verbatim()
    {
        var design = await ReadAsync();
        Assert.Equal([("trigger", "posts.posts_touch"), ("view", "active_users")], design.Verbatim.Select(v => (v.Kind, v.Name!)));
        Assert.StartsWith("CREATE VIEW active_users AS", design.Verbatim[1].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_the_same_database_twice_gives_equal_designs()
    {
        var first = await ReadAsync();
        var again = await new SqliteCatalogReader().ReadAsync(fixture.Database.ConnectionString);
        Assert.Equal(first, again.Design);
    }

    [Fact]
    public async Task Missing_file_is_a_connection_diagnostic_not_an_exception()
    {
        var result = await new SqliteCatalogReader().ReadAsync("Data Source=" + Path.Combine(Path.GetTempPath(), "ds_missing_" + Guid.NewGuid().ToString("N") + ".db"));
        Assert.False(result.Succeeded);
        Assert.Equal(CatalogDiagnosticCodes.ConnectionFailed, Assert.Single(result.Diagnostics).Code);
    }
}
