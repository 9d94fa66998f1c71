using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Import.Dbml;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Support;

namespace DesignStudio.Core.Tests.Import.Dbml;

public class DbmlImporterSampleTests
{
    private static readonly DbmlImportResult Result = DbmlImporter.Import(DbmlSamples.Blog);
    private static Design Design => Result.Design;

    private static Table T(string name) => Design.Tables.Single(t => t.Name == name);

    private static Column C(string table, string column) => T(table).Columns.Single(c => c.Name == column);

    [Fact]
    public void Imports_the_blog_sample_without_errors_or_warnings_except_the_unknown_type()
    {
        Assert.False(Result.HasErrors, string.Join("\n", Result.Diagnostics));
        var warnings = Result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        var warning = Assert.Single(warnings);
        Assert.Equal(DbmlDiagnosticCodes.UnknownType, warning.Code);
        Assert.Equal(new SourcePosition(28, 12), warning.Position);
    }

    [Fact]
    public void Reads_project_name_and_multi_line_note_with_indentation_removed()
    {
        Assert.Equal("blog_platform", Design.Name);
        Assert.Equal("# Blog platform\nUsers write posts and follow each other.", Design.Comment);
    }

    [Fact]
    public void Creates_every_table_including_the_many_to_many_junction()
    {
        Assert.Equal(["users", "posts", "follows", "post revisions", "revision_comments", "profiles", "tags", "posts_tags"],
            Design.Tables.Select(t => t.Name));
        Assert.Equal("core", T("profiles").Schema);
        Assert.Null(T("users").Schema);
        var junction = T("posts_tags");
        Assert.Equal(["posts_id", "tags_id"], junction.Columns.Select(c => c.Name));
        Assert.Equal(junction.Columns.Select(c => c.Id), junction.PrimaryKey!.ColumnIds);
        Assert.Equal([T("posts").Id, T("tags").Id], junction.ForeignKeys.Select(f => f.TargetTableId));
        Assert.Contains(Result.Diagnostics, d => d.Code == DbmlDiagnosticCodes.JunctionTable && d.Position == new SourcePosition(93, 1));
    }

    [Fact]
    public void Maps_column_settings()
    {
        var id = C("users", "id");
        Assert.Equal(LogicalType.Int32, id.Type);
        Assert.Equal(IdentityKind.ByDefault, id.Identity);
        Assert.False(id.Nullable);
        Assert.Equal([id.Id], T("users").PrimaryKey!.ColumnIds);

        var username = C("users", "username");
        Assert.Equal(LogicalType.Varchar(50), username.Type);
        Assert.False(username.Nullable);
        Assert.Equal("Shown publicly", username.Comment);
        Assert.Contains(T("users").Uniques, u => u.ColumnIds == [username.Id] && u.Name is null);

        Assert.True(C("users", "created_at").Nullable);
        Assert.Equal(ColumnDefault.CurrentTimestamp, C("users", "created_at").Default);
        Assert.Equal(ColumnDefault.Literal("0"), C("users", "karma").Default);
        Assert.Equal(LogicalType.Decimal(10, 2), C("users", "karma").Type);
        Assert.Equal(LogicalType.Text.AsArray(), C("users", "tags").Type);
        Assert.Equal(LogicalType.Text, C("posts", "title").Type);
        Assert.Equal("People who use the platform", T("users").Comment);
    }

    [Fact]
    public void Keeps_unknown_types_as_text_with_a_native_override_for_the_project_database()
    {
        var location = C("users", "location");
        Assert.Equal(LogicalType.Text, location.Type);
        Assert.Equal("geography", location.NativeTypeFor(DialectNames.PostgreSql));
    }

    [Fact]
    public void Resolves_enums_with_schemas_and_keeps_value_notes_in_the_comment()
    {
        var status = Design.Enums.Single(e => e.Name == "post_status");
        Assert.Equal(["draft", "published", "in review"], status.Values);
        Assert.Equal("draft: Not visible yet\nin review: Waiting for an editor", status.Comment);
        var role = Design.Enums.Single(e => e.Name == "user_role");
        Assert.Equal("core", role.Schema);
        Assert.Equal(LogicalType.Enum(role.Id), C("users", "role").Type);
        Assert.Equal(ColumnDefault.Literal("member"), C("users", "role").Default);
        Assert.Equal(LogicalType.Enum(status.Id), C("posts", "status").Type);
    }

    [Fact]
    public void Reads_indexes_checks_and_composite_primary_keys()
    {
        var posts = T("posts");
        Assert.Equal(3, posts.Indexes.Count);
        Assert.Equal("posts_by_user", posts.Indexes[0].Name);
        Assert.Equal([C("posts", "user_id").Id, C("posts", "created_at").Id], posts.Indexes[0].Parts.Select(p => p.ColumnId!));
        Assert.Equal(IndexMethod.Hash, posts.Indexes[1].Method);
        Assert.True(posts.Indexes[2].Unique);
        Assert.Equal("lower(title)", posts.Indexes[2].Parts[0].Expression);
        Assert.Equal(new CheckConstraint { Id = posts.Checks[0].Id, Name = "title_not_empty", Expression = "length(title) > 0" }, posts.Checks[0]);

        var follows = T("follows");
        Assert.Equal(follows.Columns.Take(2).Select(c => c.Id), follows.PrimaryKey!.ColumnIds);
        Assert.All(follows.Columns.Take(2), c => Assert.False(c.Nullable));
        Assert.Equal("post_revisions_pk", T("post revisions").PrimaryKey!.Name);
        Assert.Equal("History of post edits", T("post revisions").Comment);
        Assert.Equal("edited by", T("post revisions").Columns[2].Name);
    }

    [Fact]
    public void Resolves_inline_short_long_composite_and_one_to_one_refs()
    {
        var postsFk = Assert.Single(T("posts").ForeignKeys);
        Assert.Equal(T("users").Id, postsFk.TargetTableId);
        Assert.Equal([C("posts", "user_id").Id], postsFk.ColumnIds);
        Assert.Equal(2, T("follows").ForeignKeys.Count);

        var revisionFk = Assert.Single(T("post revisions").ForeignKeys);
        Assert.Equal("post_revision_post", revisionFk.Name);
        Assert.Equal(ReferentialAction.Cascade, revisionFk.OnDelete);
        Assert.Equal(ReferentialAction.NoAction, revisionFk.OnUpdate);

        var composite = Assert.Single(T("revision_comments").ForeignKeys);
        Assert.Equal(T("revision_comments").Columns.Take(2).Select(c => c.Id), composite.ColumnIds);
        Assert.Equal(T("post revisions").Columns.Take(2).Select(c => c.Id), composite.TargetColumnIds);
        Assert.Equal(ReferentialAction.SetNull, composite.OnDelete);

        var profileFk = Assert.Single(T("profiles").ForeignKeys);
        Assert.Equal(T("users").Id, profileFk.TargetTableId);
    }

    [Fact]
    public void Turns_table_groups_into_subject_areas_and_notes_into_sticky_notes()
    {
        Assert.Equal(2, Design.Areas.Count);
        Assert.Equal("#3498DB", Design.Areas[0].Color);
        Assert.Equal([T("users").Id, T("follows").Id, T("profiles").Id], Design.Areas[0].TableIds);
        Assert.Equal([T("posts").Id, T("post revisions").Id], Design.Areas[1].TableIds);
        Assert.Contains(Result.Diagnostics, d => d.Code == DbmlDiagnosticCodes.Ignored && d.Path == "groups/content");
        Assert.Equal("Start with the users table", Assert.Single(Design.Notes).Text);
    }

    [Fact]
    public void Importing_twice_gives_the_same_ids()
    {
        Assert.Equal(Design, DbmlImporter.Import(DbmlSamples.Blog).Design);
    }

    [Fact]
    public void Ends_the_report_with_a_summary()
    {
        var summary = Result.Diagnostics.Single(d => d.Code == DbmlDiagnosticCodes.Summary);
        Assert.StartsWith("Imported 8 tables, 29 columns, 8 foreign keys, 3 indexes, 2 enums", summary.Message);
    }

    [Fact]
    public void The_imported_design_passes_validation_for_postgres()
    {
        var problems = DesignStudio.Core.Validation.DesignValidator.Validate(Design, DialectNames.PostgreSql)
            .Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
