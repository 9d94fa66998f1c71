using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diff;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Core.Tests.Diff;

public class SchemaDifferTests
{
    private static IReadOnlyList<SchemaChange> Changes(string pair) =>
        SchemaDiffer.Diff(TestDesigns.MigrationPair(pair, DialectNames.PostgreSql).V1, TestDesigns.MigrationPair(pair, DialectNames.PostgreSql).V2,
            DialectRegistry.Get(DialectNames.PostgreSql)).Changes;

    [Fact]
    public void Same_design_has_no_changes() =>
        Assert.Empty(SchemaDiffer.Diff(TestDesigns.Blog(), TestDesigns.Blog()).Changes);

    [Fact]
    public void Renamed_table_and_column_are_renames_not_drop_and_create()
    {
        var changes = Changes("renames");
        Assert.Contains(changes, c => c is RenameTable { From.Name: "tags", To.Name: "labels" });
        Assert.Contains(changes, c => c is RenameColumn { FromColumn.Name: "display_name", ToColumn.Name: "nickname" });
        Assert.DoesNotContain(changes, c => c is DropTable or AddTable or DropColumn or AddColumn);
    }

    [Fact]
    public void Renamed_index_and_check_are_constraint_renames()
    {
        var changes = Changes("renames");
        Assert.Contains(changes, c => c is RenameConstraint { Kind: ConstraintKind.Index, ToName: "ix_users_active_email_v2" });
        Assert.Contains(changes, c => c is RenameConstraint { Kind: ConstraintKind.Check, FromName: "ck_posts_1", ToName: "ck_posts_title_not_empty" });
    }

    [Fact]
    public void Derived_names_follow_a_renamed_table()
    {
        var changes = Changes("renames");
        Assert.Contains(changes, c => c is RenameConstraint { Kind: ConstraintKind.PrimaryKey, FromName: "pk_tags", ToName: "pk_labels" });
    }

    [Fact]
    public void Column_changes_record_each_changed_aspect()
    {
        var changes = Changes("column_changes").OfType<AlterColumn>().ToDictionary(a => a.ToColumn.Name, a => a.Changes);
        Assert.Equal(ColumnChanges.Type | ColumnChanges.Default, changes["display_name"]);
        Assert.Equal(ColumnChanges.Default, changes["is_active"]);
        Assert.Equal(ColumnChanges.Nullability, changes["created_at"]);
        Assert.Equal(ColumnChanges.Type, changes["title"]);
    }

    [Fact]
    public void Keys_checks_and_foreign_keys_are_added_and_dropped()
    {
        var changes = Changes("keys");
        Assert.Contains(changes, c => c is DropUnique { From.Name: "tags" });
        Assert.Contains(changes, c => c is AddCheck { To.Name: "tags" });
        Assert.Contains(changes, c => c is DropCheck { From.Name: "posts" });
        Assert.Contains(changes, c => c is AddUnique { To.Name: "posts" });
        Assert.Contains(changes, c => c is DropForeignKey { From.Name: "posts" });
        Assert.Contains(changes, c => c is AddForeignKey { To.Name: "posts", Key.OnDelete: ReferentialAction.Restrict });
        Assert.Contains(changes, c => c is DropForeignKey { From.Name: "post_tags" });
        Assert.Contains(changes, c => c is AddTable { Table.Name: "audit" });
        Assert.Contains(changes, c => c is AddForeignKey { To.Name: "audit" });
    }

    [Fact]
    public void Enum_values_inserted_in_place_are_added_before_their_successor()
    {
        var adds = Changes("enums").OfType<AddEnumValue>().ToList();
        Assert.Equal([("review", "published"), ("deleted", (string?)null)], adds.Select(a => (a.Value, a.Before)).ToList());
        Assert.Contains(Changes("enums"), c => c is CreateEnum { Enum.Name: "visibility" });
    }

    [Fact]
    public void Enum_value_renamed_in_place_is_a_rename_and_removed_value_recreates_the_type()
    {
        var v1 = TestDesigns.Blog();
        var renamed = v1 with { Enums = [v1.Enums[0] with { Values = ["draft", "live", "archived"] }] };
        Assert.Equal(new RenameEnumValue(v1.Enums[0], renamed.Enums[0], "published", "live"), Assert.Single(SchemaDiffer.Diff(v1, renamed).Changes));
        var removed = v1 with { Enums = [v1.Enums[0] with { Values = ["draft", "published"] }] };
        var replace = Assert.IsType<ReplaceEnum>(Assert.Single(SchemaDiffer.Diff(v1, removed).Changes));
        Assert.True(replace.IsLossy);
    }

    [Fact]
    public void Comments_and_updated_at_feature_changes_are_found()
    {
        var changes = Changes("comments_and_features");
        Assert.Contains(changes, c => c is ChangeTableComment { To.Name: "users" });
        Assert.Contains(changes, c => c is AlterColumn { ToColumn.Name: "email", Changes: ColumnChanges.Comment });
        Assert.Contains(changes, c => c is DropUpdatedAt { From.Name: "users" });
        Assert.Contains(changes, c => c is AddUpdatedAt { To.Name: "posts" });
        Assert.Contains(changes, c => c is ChangeEnumComment);
    }

    [Fact]
    public void Drops_and_narrowing_are_lossy_widening_is_not()
    {
        var lossy = Changes("lossy").Where(c => c.IsLossy).Select(c => c.GetType().Name).ToHashSet();
        Assert.Equal(new HashSet<string> { nameof(DropTable), nameof(DropColumn), nameof(AlterColumn) }, lossy);
        Assert.DoesNotContain(Changes("column_changes"), c => c.IsLossy);
    }

    [Fact]
    public void Inverse_of_inverse_is_the_change_itself()
    {
        foreach (var pair in TestDesigns.MigrationPairs)
        {
            foreach (var c in Changes(pair).Where(c => c is not AddEnumValue)) Assert.Equal(c, c.Inverse().Inverse());
        }
    }

    [Fact]
    public void Inverse_diff_holds_the_reverse_changes()
    {
        var (v1, v2) = TestDesigns.MigrationPair("keys", DialectNames.PostgreSql);
        var back = SchemaDiffer.Diff(v2, v1).Changes;
        Assert.Contains(back, c => c is DropTable { Table.Name: "audit" });
        Assert.Contains(back, c => c is AddUnique { To.Name: "tags" });
    }

    [Theory]
    [InlineData("int32", "int64", false)]
    [InlineData("int64", "int32", true)]
    [InlineData("varchar(100)", "varchar(300)", false)]
    [InlineData("varchar(300)", "varchar(100)", true)]
    [InlineData("varchar(100)", "text", false)]
    [InlineData("text", "varchar(100)", true)]
    [InlineData("decimal(10,2)", "decimal(12,2)", false)]
    [InlineData("decimal(10,2)", "decimal(10,1)", true)]
    [InlineData("text", "int32", true)]
    public void Narrowing_type_changes_are_detected(string from, string to, bool narrowing) =>
        Assert.Equal(narrowing, TypeWidening.IsNarrowing(LogicalTypeText.TryParse(from)!, LogicalTypeText.TryParse(to)!));
}
