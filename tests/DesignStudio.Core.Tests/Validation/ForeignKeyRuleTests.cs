using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Validation;
using static DesignStudio.Core.Tests.Validation.TestDesigns;

namespace DesignStudio.Core.Tests.Validation;

public class ForeignKeyRuleTests
{
    private static Design PostsToUsers(LogicalType userIdType, string targetColumn = "id", Table? users = null) => Of(
        users ?? Table("users", Col("users", "email", LogicalType.Varchar(255))),
        Table("posts", Col("posts", "user_id", userIdType)) with { ForeignKeys = [Fk("posts", "user_id", "users", targetColumn)] });

    [Fact]
    public void Matching_foreign_key_to_the_primary_key_passes() =>
        Assert.Empty(DesignValidator.Validate(PostsToUsers(LogicalType.Int64)));

    [Fact]
    public void Int32_column_referencing_int64_key_is_an_error()
    {
        var d = Assert.Single(Find(PostsToUsers(LogicalType.Int32), ValidationCodes.ForeignKeyTypeMismatch));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("tables/posts/foreignKeys/fk_posts_user_id", d.Path);
        Assert.Contains("int32", d.Message);
        Assert.Contains("int64", d.Message);
    }

    [Fact]
    public void Different_string_length_is_a_warning()
    {
        var users = Table("users", Col("users", "email", LogicalType.Varchar(255))) with
        {
            Uniques = [new UniqueConstraint { Id = "uq", ColumnIds = ["c_users_email"] }],
        };
        var d = Assert.Single(Find(PostsToUsers(LogicalType.Varchar(100), "email", users), ValidationCodes.ForeignKeyTypeMismatch));
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void Target_that_is_not_a_key_is_an_error()
    {
        var design = PostsToUsers(LogicalType.Varchar(255), "email");
        Assert.Single(Find(design, ValidationCodes.ForeignKeyTargetNotKey));
    }

    [Fact]
    public void Unique_constraint_or_plain_unique_index_is_an_acceptable_target_but_a_partial_one_is_not()
    {
        var unique = Table("users", Col("users", "email", LogicalType.Varchar(255))) with
        {
            Indexes = [new Core.Model.Index { Id = "ix", Unique = true, Parts = [IndexPart.OfColumn("c_users_email")] }],
        };
        Assert.Empty(Find(PostsToUsers(LogicalType.Varchar(255), "email", unique), ValidationCodes.ForeignKeyTargetNotKey));
        var partial = unique with { Indexes = [unique.Indexes[0] with { Where = "email <> ''" }] };
        Assert.Single(Find(PostsToUsers(LogicalType.Varchar(255), "email", partial), ValidationCodes.ForeignKeyTargetNotKey));
    }

    [Fact]
    public void Composite_key_matches_as_a_set_but_not_a_subset()
    {
        var parent = Table("p", Col("p", "k", LogicalType.Int64, nullable: false)) with
        {
            PrimaryKey = new PrimaryKey { Id = "pk", ColumnIds = ["c_p_id", "c_p_k"] },
        };
        var reversed = new ForeignKey { Id = "fk", ColumnIds = ["c_c_a", "c_c_b"], TargetTableId = "t_p", TargetColumnIds = ["c_p_k", "c_p_id"] };
        var child = Table("c", Col("c", "a"), Col("c", "b")) with { ForeignKeys = [reversed] };
        Assert.Empty(DesignValidator.Validate(Of(parent, child)));
        var subset = child with { ForeignKeys = [Fk("c", "a", "p")] };
        Assert.Single(Find(Of(parent, subset), ValidationCodes.ForeignKeyTargetNotKey));
    }

    [Fact]
    public void Column_count_mismatch_and_empty_foreign_key_are_errors()
    {
        var fk = Fk("posts", "user_id", "users") with { TargetColumnIds = ["c_users_id", "c_users_email"] };
        var design = Of(Table("users", Col("users", "email")), Table("posts", Col("posts", "user_id")) with { ForeignKeys = [fk, fk with { Id = "fk2", ColumnIds = [] }] });
        Assert.Equal(2, Find(design, ValidationCodes.ForeignKeyColumnCount).Count);
    }
}
