using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class PolymorphicAssociationRuleTests
{
    private readonly PolymorphicAssociationRule rule = new();

    [Theory]
    [InlineData("commentable_type", "commentable_id")]
    [InlineData("CommentableType", "CommentableId")]
    [InlineData("owner_table", "owner_id")]
    public void Reports_type_and_id_pair_without_foreign_key(string typeColumn, string idColumn)
    {
        var t = new TableBuilder("comments").Column("id", LogicalType.Int64).Column(typeColumn, LogicalType.Varchar(50))
            .Column(idColumn, LogicalType.Int64).Key("id");
        Assert.Equal(TableBuilder.ColumnId("comments", idColumn), Assert.Single(Check(rule, DesignOf(t))).ObjectId);
    }

    [Fact]
    public void Pair_whose_id_is_a_foreign_key_is_not_reported()
    {
        var t = new TableBuilder("orders").Column("id", LogicalType.Int64).Column("payment_type", LogicalType.Varchar(20))
            .Column("payment_id", LogicalType.Int64).Key("id").ForeignKey("payment_id", "payments");
        Assert.Empty(Check(rule, DesignOf(t)));
    }

    [Fact]
    public void Type_column_without_matching_id_or_of_non_string_type_is_not_reported()
    {
        var t = new TableBuilder("users").Column("id", LogicalType.Int64).Column("user_type", LogicalType.Varchar(20))
            .Column("device_type", LogicalType.Int32).Column("device_id", LogicalType.Int64).Key("id");
        Assert.Empty(Check(rule, DesignOf(t)));
    }
}
