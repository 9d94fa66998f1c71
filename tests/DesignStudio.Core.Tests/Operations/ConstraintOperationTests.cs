using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using static DesignStudio.Core.Tests.Operations.OperationAssert;

namespace DesignStudio.Core.Tests.Operations;

public class ConstraintOperationTests
{
    private readonly Design blog = SampleDesigns.Blog();

    [Fact]
    public void Set_primary_key_replaces_and_removes_and_inverts()
    {
        var composite = new PrimaryKey { Id = "pk_users2", Name = "users_pkey", ColumnIds = ["col_users_id", "col_users_email"] };
        Assert.Equal(composite, AppliesAndInverts(blog, new SetPrimaryKey("tbl_users", composite)).GetTable("tbl_users").PrimaryKey);
        Assert.Null(AppliesAndInverts(blog, new SetPrimaryKey("tbl_users", null)).GetTable("tbl_users").PrimaryKey);
        AppliesAndInverts(blog, new SetPrimaryKey("tbl_comments", new PrimaryKey { Id = "pk_c", ColumnIds = ["col_comments_id"] }));
    }

    [Fact]
    public void Primary_key_over_missing_duplicate_or_no_columns_is_refused()
    {
        Refused(blog, new SetPrimaryKey("tbl_users", new PrimaryKey { Id = "pk", ColumnIds = ["col_nope"] }), OperationDiagnostics.ColumnNotFound);
        Refused(blog, new SetPrimaryKey("tbl_users", new PrimaryKey { Id = "pk", ColumnIds = [] }), OperationDiagnostics.InvalidColumnList);
        Refused(blog, new SetPrimaryKey("tbl_users", new PrimaryKey { Id = "pk", ColumnIds = ["col_users_id", "col_users_id"] }), OperationDiagnostics.InvalidColumnList);
    }

    [Fact]
    public void Primary_key_named_like_another_constraint_is_refused() =>
        Refused(blog, new SetPrimaryKey("tbl_users", new PrimaryKey { Id = "pk", Name = "users_email_key", ColumnIds = ["col_users_id"] }), OperationDiagnostics.DuplicateName);

    [Fact]
    public void Add_and_remove_unique_constraint_invert()
    {
        var unique = new UniqueConstraint { Id = "uq_both", ColumnIds = ["col_users_email", "col_users_updated"] };
        AppliesAndInverts(blog, new AddUniqueConstraint("tbl_users", unique, 0));
        var next = AppliesAndInverts(blog, new RemoveUniqueConstraint("tbl_users", "uq_users_email"));
        Assert.Empty(next.GetTable("tbl_users").Uniques);
    }

    [Fact]
    public void Unique_constraint_with_taken_name_or_id_is_refused()
    {
        Refused(blog, new AddUniqueConstraint("tbl_users", new UniqueConstraint { Id = "uq2", Name = "users_email_check", ColumnIds = ["col_users_email"] }), OperationDiagnostics.DuplicateName);
        Refused(blog, new AddUniqueConstraint("tbl_users", new UniqueConstraint { Id = "pk_users", ColumnIds = ["col_users_email"] }), OperationDiagnostics.DuplicateId);
        Refused(blog, new AddUniqueConstraint("tbl_users", new UniqueConstraint { Id = "uq2", Name = "", ColumnIds = ["col_users_email"] }), OperationDiagnostics.EmptyName);
    }

    [Fact]
    public void Add_and_remove_check_constraint_invert()
    {
        AppliesAndInverts(blog, new AddCheckConstraint("tbl_posts", new CheckConstraint { Id = "ck_p", Expression = "id > 0" }));
        AppliesAndInverts(blog, new RemoveCheckConstraint("tbl_users", "ck_users_email"));
        Refused(blog, new AddCheckConstraint("tbl_posts", new CheckConstraint { Id = "ck_p", Expression = " " }), OperationDiagnostics.EmptyExpression);
        Refused(blog, new RemoveCheckConstraint("tbl_posts", "ck_nope"), OperationDiagnostics.ObjectNotFound);
    }

    [Fact]
    public void Add_and_remove_foreign_key_invert()
    {
        var fk = new ForeignKey { Id = "fk_new", ColumnIds = ["col_comments_id"], TargetTableId = "tbl_posts", TargetColumnIds = ["col_posts_id"], OnUpdate = ReferentialAction.Restrict };
        Assert.Equal(fk, AppliesAndInverts(blog, new AddForeignKey("tbl_comments", fk)).GetTable("tbl_comments").ForeignKeys[^1]);
        AppliesAndInverts(blog, new RemoveForeignKey("tbl_posts", "fk_posts_author"));
    }

    [Fact]
    public void Foreign_key_to_missing_table_or_column_or_with_mismatched_counts_is_refused()
    {
        ForeignKey Fk(string target, ValueList<string> targetColumns) =>
            new() { Id = "fk_x", ColumnIds = ["col_comments_id"], TargetTableId = target, TargetColumnIds = targetColumns };
        Refused(blog, new AddForeignKey("tbl_comments", Fk("tbl_nope", ["col_posts_id"])), OperationDiagnostics.TableNotFound);
        Refused(blog, new AddForeignKey("tbl_comments", Fk("tbl_posts", ["col_nope"])), OperationDiagnostics.ColumnNotFound);
        Refused(blog, new AddForeignKey("tbl_comments", Fk("tbl_posts", ["col_posts_id", "col_posts_author"])), OperationDiagnostics.InvalidColumnList);
        Refused(blog, new RemoveForeignKey("tbl_comments", "fk_nope"), OperationDiagnostics.ObjectNotFound);
    }

    [Fact]
    public void Add_and_remove_index_invert()
    {
        var index = new Core.Model.Index
        {
            Id = "ix_expr", Name = "users_lower_email", Unique = true, Method = IndexMethod.Hash,
            Parts = [new IndexPart { Expression = "lower(email)" }], Where = "email IS NOT NULL",
        };
        AppliesAndInverts(blog, new AddIndex("tbl_users", index, 0));
        AppliesAndInverts(blog, new RemoveIndex("tbl_posts", "ix_posts_author"));
    }

    [Fact]
    public void Index_without_parts_or_over_missing_columns_is_refused()
    {
        Refused(blog, new AddIndex("tbl_users", new Core.Model.Index { Id = "ix", Parts = [] }), OperationDiagnostics.InvalidColumnList);
        Refused(blog, new AddIndex("tbl_users", new Core.Model.Index { Id = "ix", Parts = [IndexPart.OfColumn("col_nope")] }), OperationDiagnostics.ColumnNotFound);
        Refused(blog, new AddIndex("tbl_users", new Core.Model.Index { Id = "ix", Parts = [new IndexPart()] }), OperationDiagnostics.EmptyExpression);
        Refused(blog, new AddIndex("tbl_users", new Core.Model.Index { Id = "ix", Parts = [IndexPart.OfColumn("col_users_id")], IncludeColumnIds = ["col_nope"] }), OperationDiagnostics.ColumnNotFound);
        Refused(blog, new AddIndex("tbl_users", new Core.Model.Index { Id = "ix", Name = "users_updated_idx", Parts = [IndexPart.OfColumn("col_users_id")] }), OperationDiagnostics.DuplicateName);
    }

    [Fact]
    public void Add_and_remove_enum_invert_and_enums_in_use_cannot_be_removed()
    {
        var mood = new EnumType { Id = "enm_mood", Name = "mood", Values = ["happy", "sad"] };
        AppliesAndInverts(blog, new AddEnum(mood, 0));
        Refused(blog, new RemoveEnum("enm_status"), OperationDiagnostics.EnumInUse);
        var freed = new UpdateColumn("tbl_posts", blog.GetTable("tbl_posts").GetColumn("col_posts_status") with { Type = LogicalType.Text }).Apply(blog);
        Assert.True(freed.Succeeded);
        Assert.Empty(AppliesAndInverts(freed.Design, new RemoveEnum("enm_status")).Enums);
    }

    [Fact]
    public void Enum_with_taken_name_duplicate_values_or_blank_name_is_refused()
    {
        Refused(blog, new AddEnum(new EnumType { Id = "e2", Name = "post_status", Values = ["a"] }), OperationDiagnostics.DuplicateName);
        Refused(blog, new AddEnum(new EnumType { Id = "e2", Name = "x", Values = ["a", "a"] }), OperationDiagnostics.DuplicateEnumValue);
        Refused(blog, new AddEnum(new EnumType { Id = "e2", Name = "", Values = ["a"] }), OperationDiagnostics.EmptyName);
        Refused(blog, new AddEnum(new EnumType { Id = "enm_status", Name = "other", Values = ["a"] }), OperationDiagnostics.DuplicateId);
        Refused(blog, new RemoveEnum("enm_nope"), OperationDiagnostics.ObjectNotFound);
    }

    [Fact]
    public void Table_features_and_functional_dependencies_invert()
    {
        AppliesAndInverts(blog, new SetTableFeatures("tbl_users", TableFeatures.None));
        Refused(blog, new SetTableFeatures("tbl_users", new TableFeatures { UpdatedAtColumnId = "col_nope" }), OperationDiagnostics.ColumnNotFound);
        AppliesAndInverts(blog, new AddFunctionalDependency("tbl_posts", new FunctionalDependency { Id = "fd_x", DeterminantIds = ["col_posts_id"], DependentIds = ["col_posts_author"] }));
        AppliesAndInverts(blog, new RemoveFunctionalDependency("tbl_users", "fd_users_email"));
    }

    [Fact]
    public void Composite_applies_all_steps_or_none()
    {
        var both = new CompositeOperation(
        [
            new AddColumn("tbl_comments", SampleDesigns.TextColumn("col_comments_body", "body")),
            new SetPrimaryKey("tbl_comments", new PrimaryKey { Id = "pk_c", ColumnIds = ["col_comments_id"] }),
        ], "Add body and key");
        var next = AppliesAndInverts(blog, both);
        Assert.Equal(3, next.GetTable("tbl_comments").Columns.Count);

        var failing = new CompositeOperation([new RenameTable("tbl_users", "people"), new RenameTable("tbl_posts", "people")]);
        Refused(blog, failing, OperationDiagnostics.DuplicateName);
    }
}
