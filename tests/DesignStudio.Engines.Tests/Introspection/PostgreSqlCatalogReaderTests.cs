using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Introspection;
using DesignStudio.TestSupport;

namespace DesignStudio.Engines.Tests.Introspection;

public sealed class PostgreSqlCatalogReaderTests(PostgreSqlFeatureDatabase fixture) : IClassFixture<PostgreSqlFeatureDatabase>
{
    private Task<Design> ReadAsync() => fixture.DesignAsync(TestEnvironment.PostgresConnectionString);

    [SkippableFact]
    public async Task Reads_tables_in_their_schemas_with_comments_and_row_estimates()
    {
        var design = await ReadAsync();
        Assert.Equal(
            ["blog.post_tags", "blog.posts", "blog.users", "public.counters", "public.legacy"],
            design.Tables.Select(t => t.QualifiedName));
        var users = design.Table("blog", "users");
        Assert.Equal("People who write", users.Comment);
        Assert.Equal(50, users.RowEstimate);
        Assert.Equal("Login, case-insensitive", users.Column("email").Comment);
    }

    [SkippableFact]
    public async Task Maps_native_types_to_logical_types_and_keeps_inexact_ones_as_overrides()
    {
        var design = await ReadAsync();
        var users = design.Table("blog", "users");
        var posts = design.Table("blog", "posts");
        Assert.Equal(LogicalType.Int64, users.Column("id").Type);
        Assert.Equal(LogicalType.Varchar(80), users.Column("display_name").Type);
        Assert.Equal(LogicalType.Uuid, users.Column("public_id").Type);
        Assert.Equal(LogicalType.TimestampTz, users.Column("created_at").Type);
        Assert.Equal(LogicalType.Of(TypeKind.Date), users.Column("born").Type);
        Assert.Equal(LogicalType.Of(TypeKind.Json), users.Column("settings").Type);
        Assert.Empty(users.Column("settings").NativeTypes);
        Assert.Equal(LogicalType.Text, users.Column("email").Type);
        Assert.Equal("citext", users.Column("email").NativeTypeFor(DialectNames.PostgreSql));
        Assert.Equal("tsvector", users.Column("search").NativeTypeFor(DialectNames.PostgreSql));
        Assert.Equal(LogicalType.Int32, users.Column("karma").Type);
        Assert.Equal("blog.positive_int", users.Column("karma").NativeTypeFor(DialectNames.PostgreSql));

        Assert.Equal(LogicalType.Decimal(10, 2), posts.Column("score").Type);
        Assert.Equal(LogicalType.Of(TypeKind.Float64), posts.Column("ratio").Type);
        Assert.Equal(LogicalType.Of(TypeKind.Float32), posts.Column("weight").Type);
        Assert.Equal(LogicalType.Of(TypeKind.Int16).AsArray(), posts.Column("flags").Type);
        Assert.Equal(LogicalType.Text.AsArray(), posts.Column("tags").Type);
        Assert.Equal(LogicalType.Char(3), posts.Column("code").Type);
        Assert.Equal(new LogicalType { Kind = TypeKind.Timestamp, Precision = 3 }, posts.Column("published_on").Type);
        Assert.Equal(LogicalType.Of(TypeKind.Binary), posts.Column("body").Type);
        Assert.Empty(posts.Columns.Where(c => c.Name != "status").SelectMany(c => c.NativeTypes));
    }

    [SkippableFact]
    public async Task Reads_enums_and_enum_columns()
    {
        var design = await ReadAsync();
        var status = Assert.Single(design.Enums);
        Assert.Equal(("blog", "post_status"), (status.Schema, status.Name));
        Assert.Equal(["draft", "published", "archived"], status.Values);
        Assert.Equal("Lifecycle of a post", status.Comment);
        var column = design.Table("blog", "posts").Column("status");
        Assert.Equal(LogicalType.Enum(status.Id), column.Type);
        Assert.Equal(ColumnDefault.Literal("draft"), column.Default);
    }

    [SkippableFact]
    public async Task Recognises_defaults_nullability_identity_and_owned_sequences()
    {
        var design = await ReadAsync();
        var users = design.Table("blog", "users");
        var posts = design.Table("blog", "posts");
        Assert.Equal(IdentityKind.Always, users.Column("id").Identity);
        Assert.False(users.Column("id").Nullable);
        Assert.Null(users.Column("id").Default);
        Assert.True(users.Column("born").Nullable);
        Assert.Equal(ColumnDefault.Literal("anonymous"), users.Column("display_name").Default);
        Assert.Equal(ColumnDefault.RandomUuid, users.Column("public_id").Default);
        Assert.Equal(ColumnDefault.CurrentTimestamp, users.Column("created_at").Default);
        Assert.Equal(ColumnDefault.Literal("{}"), users.Column("settings").Default);
        Assert.Equal(ColumnDefault.Literal("0"), posts.Column("score").Default);
        Assert.Equal(ColumnDefault.Literal("-1"), posts.Column("weight").Default);
        Assert.Equal(IdentityKind.ByDefault, posts.Column("id").Identity);
        Assert.Null(posts.Column("id").Default);
        Assert.Equal(IdentityKind.ByDefault, design.Table("public", "counters").Column("id").Identity);

        var legacy = design.Table("public", "legacy");
        Assert.Equal(IdentityKind.ByDefault, legacy.Column("id").Identity);
        Assert.Equal(IdentityKind.None, legacy.Column("other").Identity);
        Assert.Equal(ColumnDefault.Expression("nextval('legacy_seq'::regclass)"), legacy.Column("other").Default);
    }

    [SkippableFact]
    public async Task Reads_primary_unique_check_and_foreign_keys_with_actions()
    {
        var design = await ReadAsync();
        var users = design.Table("blog", "users");
        var posts = design.Table("blog", "posts");
        var tags = design.Table("blog", "post_tags");
        Assert.Equal("users_pkey", users.PrimaryKey!.Name);
        Assert.Equal(["id"], users.ColumnNames(users.PrimaryKey.ColumnIds));
        Assert.Equal(["post_id", "tag"], tags.ColumnNames(tags.PrimaryKey!.ColumnIds));
        var unique = Assert.Single(users.Uniques);
        Assert.Equal(("users_email_key", users.ColumnId("email")), (unique.Name, unique.ColumnIds.Single()));

        Assert.Equal(["posts_score_check", "posts_title_len"], posts.Checks.Select(c => c.Name));
        Assert.Equal("score >= 0::numeric", posts.Checks[0].Expression);
        Assert.Equal("char_length(title) > 0", posts.Checks[1].Expression);

        var author = posts.ForeignKeyOn("author_id");
        Assert.Equal((users.Id, ReferentialAction.Cascade, (ReferentialAction?)null), (author.TargetTableId, author.OnDelete, author.OnUpdate));
        Assert.Equal([users.ColumnId("id")], author.TargetColumnIds);
        var editor = posts.ForeignKeyOn("editor_id");
        Assert.Equal((ReferentialAction.SetNull, ReferentialAction.Restrict), (editor.OnDelete, editor.OnUpdate));
        Assert.Equal("post_tags_post_fk", Assert.Single(tags.ForeignKeys).Name);
    }

    [SkippableFact]
    public async Task Reads_indexes_with_method_order_predicate_include_and_expressions_but_not_constraint_indexes()
    {
        var design = await ReadAsync();
        var posts = design.Table("blog", "posts");
        Assert.Equal(["posts_author_recent", "posts_code_hash", "posts_lower_title", "posts_tags", "posts_title_pattern"], posts.Indexes.Select(i => i.Name));
        var recent = posts.Index("posts_author_recent");
        Assert.Equal([IndexPart.OfColumn(posts.ColumnId("author_id")), IndexPart.OfColumn(posts.ColumnId("published_on"), descending: true)], recent.Parts);
        Assert.Equal([posts.ColumnId("title")], recent.IncludeColumnIds);
        Assert.Equal("status <> 'archived'::blog.post_status", recent.Where);
        Assert.False(recent.Unique);
        var lower = posts.Index("posts_lower_title");
        Assert.True(lower.Unique);
        Assert.Equal("lower(title)", Assert.Single(lower.Parts).Expression);
        Assert.Equal(IndexMethod.Gin, posts.Index("posts_tags").Method);
        Assert.Equal(IndexMethod.Hash, posts.Index("posts_code_hash").Method);
        Assert.Empty(design.Table("blog", "users").Indexes);
        var pattern = posts.Index("posts_title_pattern");
        Assert.Equal([IndexPart.OfColumn(posts.ColumnId("title")), new IndexPart { Expression = "(title || code::text)", Descending = true }], pattern.Parts);
    }

    [SkippableFact]
    public async Task Reports_operator_classes_the_model_cannot_keep()
    {
        var result = await fixture.ReadAsync(TestEnvironment.PostgresConnectionString);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == CatalogDiagnosticCodes.IndexApproximated);
        Assert.Equal("tables/blog.posts/indexes/posts_title_pattern", diagnostic.Path);
        Assert.Contains("text_pattern_ops", diagnostic.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Keeps_views_functions_triggers_domains_and_extensions_verbatim()
    {
        var design = await ReadAsync();
        var kinds = design.Verbatim.Select(v => (v.Kind, v.Name)).ToList();
        Assert.Contains(("view", "blog.published_posts"), kinds);
        Assert.Contains(("function", "blog.touch"), kinds);
        Assert.Contains(("trigger", "blog.posts.posts_touch"), kinds);
        Assert.Contains(("domain", "blog.positive_int"), kinds);
        Assert.Contains(("extension", "citext"), kinds);
        Assert.DoesNotContain(design.Verbatim, v => v.Name?.Contains("citext", StringComparison.Ordinal) == true && v.Kind == "function");
        Assert.StartsWith("CREATE VIEW blog.published_posts AS", design.Verbatim.Single(v => v.Kind == "view").Sql, StringComparison.Ordinal);
        Assert.All(design.Verbatim, v => Assert.Equal(DialectNames.PostgreSql, v.Dialect));
    }

    [SkippableFact]
    public async Task Reading_the_same_database_twice_gives_equal_designs()
    {
        var first = await ReadAsync();
        var again = await new PostgreSqlCatalogReader().ReadAsync(fixture.Database.ConnectionString);
        Assert.Equal(first, again.Design);
    }

    [SkippableFact]
    public async Task Reads_only_the_requested_schemas_and_can_omit_public()
    {
        await ReadAsync();
        var onlyPublic = await new PostgreSqlCatalogReader().ReadAsync(fixture.Database.ConnectionString,
            new CatalogReadOptions { Schemas = ["public"], OmitDefaultSchema = true });
        Assert.Equal(["counters", "legacy"], onlyPublic.Design!.Tables.Select(t => t.QualifiedName));
    }
}
