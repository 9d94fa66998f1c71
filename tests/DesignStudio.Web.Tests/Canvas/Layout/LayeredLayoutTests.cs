using DesignStudio.Core.Model;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Canvas.Layout;
using DesignStudio.Web.Services;

namespace DesignStudio.Web.Tests.Canvas.Layout;

public class LayeredLayoutTests
{
    private static Table T(string name, params string[] references) => new()
    {
        Id = "tbl_" + name,
        Name = name,
        Columns = [new Column { Id = "col_" + name, Name = "id", Type = LogicalType.Int64, Nullable = false }, .. references.Select(r => new Column { Id = "col_" + name + "_" + r, Name = r + "_id", Type = LogicalType.Int64 })],
        PrimaryKey = new PrimaryKey { Id = "pk_" + name, ColumnIds = ["col_" + name] },
        ForeignKeys = references.Select(r => new ForeignKey { Id = "fk_" + name + "_" + r, ColumnIds = ["col_" + name + "_" + r], TargetTableId = "tbl_" + r, TargetColumnIds = ["col_" + r] }).ToValueList(),
    };

    /// <summary>A random design of <paramref name="count"/> tables, each referencing up to two earlier ones.</summary>
    public static Design Random(int count, int seed = 7)
    {
        var random = new Random(seed);
        var tables = new List<Table>();
        for (var i = 0; i < count; i++)
        {
            var refs = Enumerable.Range(0, i == 0 ? 0 : random.Next(0, 3)).Select(_ => "t" + random.Next(0, i)).Distinct().ToArray();
            tables.Add(T("t" + i, refs));
        }
        return new Design { Tables = tables.ToValueList() };
    }

    [Fact]
    public void Referenced_tables_are_placed_in_earlier_layers_than_the_tables_referencing_them()
    {
        var design = StarterDesigns.Blog();
        var positions = LayeredLayout.Arrange(design);
        foreach (var table in design.Tables)
        {
            foreach (var fk in table.ForeignKeys.Where(f => f.TargetTableId != table.Id))
            {
                Assert.True(positions[fk.TargetTableId].X < positions[table.Id].X, $"{table.Name} should be right of its parent");
            }
        }
    }

    [Fact]
    public void Tables_in_a_layer_do_not_overlap()
    {
        var design = Random(60);
        var positions = LayeredLayout.Arrange(design);
        foreach (var column in design.Tables.GroupBy(t => positions[t.Id].X))
        {
            var ordered = column.OrderBy(t => positions[t.Id].Y).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var above = ordered[i - 1];
                var height = TableNodeGeometry.Height(above.Columns.Count);
                Assert.True(positions[above.Id].Y + height <= positions[ordered[i].Id].Y);
            }
        }
    }

    [Fact]
    public void Barycenter_ordering_removes_the_crossing_of_a_twisted_pair()
    {
        // Parents a, b; children listed so that table order alone would cross: child of b first, child of a second.
        var design = new Design { Tables = [T("a"), T("b"), T("cb", "b"), T("ca", "a")] };
        var layers = LayeredLayout.Layers(design);
        Assert.Equal(0, LayeredLayout.Crossings(design, layers));
        Assert.Equal(1, LayeredLayout.Crossings(design, [[design.Tables[0], design.Tables[1]], [design.Tables[2], design.Tables[3]]]));
    }

    [Fact]
    public void Crossings_stay_below_the_unordered_layering_on_a_random_design()
    {
        var design = Random(120);
        var layers = LayeredLayout.Layers(design);
        var unordered = layers.Select(l => (IReadOnlyList<Table>)l.OrderBy(t => design.Tables.FindIndex(x => x.Id == t.Id)).ToList()).ToList();
        Assert.True(LayeredLayout.Crossings(design, layers) < LayeredLayout.Crossings(design, unordered));
    }

    [Fact]
    public void Cycles_and_self_references_still_get_a_layout()
    {
        var design = new Design { Tables = [T("a", "b"), T("b", "a"), T("c", "c")] };
        var positions = LayeredLayout.Arrange(design);
        Assert.Equal(3, positions.Count);
    }

    [Fact]
    public void Laying_out_a_selection_places_only_those_tables_from_the_given_origin()
    {
        var design = Random(20);
        var ids = design.Tables.Take(5).Select(t => t.Id).ToHashSet();
        var positions = LayeredLayout.Arrange(design, ids, 500, 300);
        Assert.Equal(ids, positions.Keys.ToHashSet());
        Assert.Equal(500, positions.Values.Min(p => p.X));
        Assert.Equal(300, positions.Values.Min(p => p.Y));
    }
}
