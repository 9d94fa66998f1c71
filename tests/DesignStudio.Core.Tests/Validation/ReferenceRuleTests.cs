using DesignStudio.Core.Model;
using DesignStudio.Core.Validation;
using static DesignStudio.Core.Tests.Validation.TestDesigns;

namespace DesignStudio.Core.Tests.Validation;

public class ReferenceRuleTests
{
    [Fact]
    public void Shared_ids_are_errors()
    {
        var design = Of(Table("a"), Table("b") with { Id = "t_a" });
        Assert.Single(Find(design, ValidationCodes.DuplicateId));
    }

    [Fact]
    public void Empty_id_is_an_error() =>
        Assert.Single(Find(Of(Table("a") with { Id = "" }), ValidationCodes.DuplicateId));

    [Fact]
    public void Index_on_a_missing_column_is_reported_at_the_index()
    {
        var t = Table("a") with { Indexes = [new Core.Model.Index { Id = "ix", Name = "ix_a", Parts = [IndexPart.OfColumn("c_gone")] }] };
        var d = Assert.Single(Find(Of(t), ValidationCodes.MissingColumn));
        Assert.Equal("tables/a/indexes/ix_a", d.Path);
        Assert.Contains("c_gone", d.Message);
    }

    [Fact]
    public void Every_kind_of_column_reference_is_checked()
    {
        var t = Table("a") with
        {
            PrimaryKey = new PrimaryKey { Id = "pk", ColumnIds = ["x1"] },
            Uniques = [new UniqueConstraint { Id = "u", ColumnIds = ["x2"] }],
            Indexes = [new Core.Model.Index { Id = "ix", Parts = [IndexPart.OfColumn("c_a_id")], IncludeColumnIds = ["x3"] }],
            FunctionalDependencies = [new FunctionalDependency { Id = "fd", DeterminantIds = ["x4"], DependentIds = ["x5"] }],
            Features = new TableFeatures { UpdatedAtColumnId = "x6" },
            ForeignKeys = [new ForeignKey { Id = "fk", ColumnIds = ["x7"], TargetTableId = "t_a", TargetColumnIds = ["x8"] }],
        };
        var messages = Find(Of(t), ValidationCodes.MissingColumn).Select(d => d.Message).ToList();
        for (var i = 1; i <= 8; i++) Assert.Contains(messages, m => m.Contains($"'x{i}'"));
    }

    [Fact]
    public void Foreign_key_to_a_missing_table_and_area_with_a_missing_table_are_errors()
    {
        var design = Of(Table("a", Col("a", "b_id")) with { ForeignKeys = [Fk("a", "b_id", "gone")] }) with
        {
            Areas = [new SubjectArea { Id = "ar", Name = "Sales", TableIds = ["t_a", "t_nope"] }],
        };
        var found = Find(design, ValidationCodes.MissingTable);
        Assert.Equal(2, found.Count);
        Assert.Contains(found, d => d.Path == "areas/Sales");
    }

    [Fact]
    public void Enum_column_without_enum_or_with_missing_enum_is_an_error()
    {
        var design = Of(Table("a",
            Col("a", "s", new LogicalType { Kind = TypeKind.Enum }),
            Col("a", "t", LogicalType.Enum("enm_gone"))));
        Assert.Equal(2, Find(design, ValidationCodes.MissingEnum).Count);
    }

    [Fact]
    public void Empty_enum_and_repeated_enum_values_are_errors()
    {
        var design = new Design
        {
            Enums = [new EnumType { Id = "e1", Name = "none", Values = [] }, new EnumType { Id = "e2", Name = "twice", Values = ["a", "b", "a"] }],
        };
        var found = Find(design, ValidationCodes.InvalidEnum);
        Assert.Equal(["enums/none", "enums/twice"], found.Select(d => d.Path));
    }

    [Fact]
    public void Keys_and_indexes_without_columns_and_ambiguous_index_parts_are_errors()
    {
        var t = Table("a") with
        {
            PrimaryKey = new PrimaryKey { Id = "pk", ColumnIds = [] },
            Uniques = [new UniqueConstraint { Id = "u", ColumnIds = [] }],
            Indexes =
            [
                new Core.Model.Index { Id = "i1", Parts = [] },
                new Core.Model.Index { Id = "i2", Parts = [new IndexPart { ColumnId = "c_a_id", Expression = "lower(x)" }] },
                new Core.Model.Index { Id = "i3", Parts = [new IndexPart()] },
            ],
        };
        Assert.Equal(5, Find(Of(t), ValidationCodes.EmptyKey).Count);
    }

    [Fact]
    public void Updated_at_feature_needs_a_timestamp_column()
    {
        var t = Table("a", Col("a", "updated_at", LogicalType.Of(TypeKind.Date))) with { Features = new TableFeatures { UpdatedAtColumnId = "c_a_updated_at" } };
        Assert.Single(Find(Of(t), ValidationCodes.UpdatedAtNotTimestamp));
        var ok = t with { Columns = [t.Columns[0], Col("a", "updated_at", LogicalType.TimestampTz)] };
        Assert.Empty(DesignValidator.Validate(Of(ok)));
    }
}
