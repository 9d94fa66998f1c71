using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using static DesignStudio.Core.Tests.Operations.OperationAssert;

namespace DesignStudio.Core.Tests.Operations;

public class ColumnOperationTests
{
    private readonly Design blog = SampleDesigns.Blog();

    [Fact]
    public void Add_column_at_index_inserts_there_and_inverts()
    {
        var next = AppliesAndInverts(blog, new AddColumn("tbl_users", SampleDesigns.TextColumn("col_users_name", "name"), 1));
        Assert.Equal(["id", "name", "email", "updated_at"], next.GetTable("tbl_users").Columns.Select(c => c.Name));
    }

    [Fact]
    public void Add_column_with_taken_name_is_refused() =>
        Refused(blog, new AddColumn("tbl_users", SampleDesigns.TextColumn("col_x", "email")), OperationDiagnostics.DuplicateName);

    [Fact]
    public void Add_column_with_taken_id_is_refused() =>
        Refused(blog, new AddColumn("tbl_users", SampleDesigns.TextColumn("col_users_email", "mail")), OperationDiagnostics.DuplicateId);

    [Fact]
    public void Add_column_with_empty_name_is_refused() =>
        Refused(blog, new AddColumn("tbl_users", SampleDesigns.TextColumn("col_x", "")), OperationDiagnostics.EmptyName);

    [Fact]
    public void Add_column_of_unknown_enum_is_refused() =>
        Refused(blog, new AddColumn("tbl_users", new Column { Id = "col_x", Name = "mood", Type = LogicalType.Enum("enm_nope") }), OperationDiagnostics.ObjectNotFound);

    [Fact]
    public void Add_column_to_missing_table_is_refused() =>
        Refused(blog, new AddColumn("tbl_nope", SampleDesigns.TextColumn("col_x", "x")), OperationDiagnostics.TableNotFound);

    [Fact]
    public void Add_column_past_the_end_is_refused() =>
        Refused(blog, new AddColumn("tbl_users", SampleDesigns.TextColumn("col_x", "x"), 9), OperationDiagnostics.PositionOutOfRange);

    [Fact]
    public void Update_column_replaces_every_property_and_inverts()
    {
        var changed = new Column
        {
            Id = "col_users_email", Name = "email_address", Type = LogicalType.Varchar(320), Nullable = true,
            Default = ColumnDefault.Literal("nobody@example.com"), Comment = "Where we write", Identity = IdentityKind.None,
        };
        var next = AppliesAndInverts(blog, new UpdateColumn("tbl_users", changed));
        Assert.Equal(changed, next.GetTable("tbl_users").FindColumn("col_users_email"));
        Assert.Equal(1, next.GetTable("tbl_users").Columns.FindIndex(c => c.Id == "col_users_email"));
    }

    [Fact]
    public void Update_column_to_a_sibling_name_is_refused() =>
        Refused(blog, new UpdateColumn("tbl_users", SampleDesigns.TextColumn("col_users_email", "id")), OperationDiagnostics.DuplicateName);

    [Fact]
    public void Update_of_missing_column_is_refused() =>
        Refused(blog, new UpdateColumn("tbl_users", SampleDesigns.TextColumn("col_nope", "x")), OperationDiagnostics.ColumnNotFound);

    [Fact]
    public void Reorder_column_moves_it_and_inverts()
    {
        var next = AppliesAndInverts(blog, new ReorderColumn("tbl_users", "col_users_updated", 0));
        Assert.Equal(["updated_at", "id", "email"], next.GetTable("tbl_users").Columns.Select(c => c.Name));
        AppliesAndInverts(blog, new ReorderColumn("tbl_users", "col_users_id", 2));
    }

    [Fact]
    public void Reorder_column_outside_the_table_is_refused()
    {
        Refused(blog, new ReorderColumn("tbl_users", "col_users_id", 3), OperationDiagnostics.PositionOutOfRange);
        Refused(blog, new ReorderColumn("tbl_users", "col_users_id", -1), OperationDiagnostics.PositionOutOfRange);
    }

    [Fact]
    public void Remove_key_column_drops_the_key_and_foreign_keys_referencing_it_everywhere()
    {
        var next = AppliesAndInverts(blog, new RemoveColumn("tbl_users", "col_users_id"));
        var users = next.GetTable("tbl_users");
        Assert.Null(users.PrimaryKey);
        Assert.Empty(users.FunctionalDependencies);
        Assert.DoesNotContain(next.GetTable("tbl_posts").ForeignKeys, f => f.Id == "fk_posts_author");
        Assert.Empty(next.GetTable("tbl_comments").ForeignKeys);
    }

    [Fact]
    public void Remove_column_drops_uniques_indexes_features_and_dependencies_using_it_but_keeps_checks()
    {
        var next = AppliesAndInverts(blog, new RemoveColumn("tbl_users", "col_users_email"));
        var users = next.GetTable("tbl_users");
        Assert.Empty(users.Uniques);
        Assert.Empty(users.FunctionalDependencies);
        Assert.Single(users.Checks);
        Assert.NotNull(users.PrimaryKey);

        var withoutUpdated = AppliesAndInverts(blog, new RemoveColumn("tbl_users", "col_users_updated")).GetTable("tbl_users");
        Assert.Empty(withoutUpdated.Indexes);
        Assert.Null(withoutUpdated.Features.UpdatedAtColumnId);
    }

    [Fact]
    public void Remove_column_drops_indexes_that_only_include_it()
    {
        var next = AppliesAndInverts(blog, new RemoveColumn("tbl_posts", "col_posts_status"));
        Assert.Empty(next.GetTable("tbl_posts").Indexes);
    }

    [Fact]
    public void Remove_self_referenced_key_column_drops_the_self_reference_once()
    {
        var next = AppliesAndInverts(blog, new RemoveColumn("tbl_posts", "col_posts_id"));
        Assert.Equal(["fk_posts_author"], next.GetTable("tbl_posts").ForeignKeys.Select(f => f.Id));
    }

    [Fact]
    public void Remove_missing_column_is_refused() =>
        Refused(blog, new RemoveColumn("tbl_users", "col_nope"), OperationDiagnostics.ColumnNotFound);
}
