using Blazor.Diagrams;
using DesignStudio.Core.Model;
using DesignStudio.Web.Canvas;

namespace DesignStudio.Web.Tests.Canvas;

/// <summary>Foreign-key links leave each table on the side that faces the other table, from their first column's row.</summary>
public class LinkSideTests
{
    private static Design TwoTables(double childX, double parentX) => new()
    {
        Tables =
        [
            new Table
            {
                Id = "tbl_o", Name = "orders", Position = new CanvasPosition(childX, 0),
                Columns =
                [
                    new Column { Id = "c_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                    new Column { Id = "c_note", Name = "note", Type = LogicalType.Text },
                    new Column { Id = "c_a", Name = "cust_region", Type = LogicalType.Int32, Nullable = false },
                    new Column { Id = "c_b", Name = "cust_no", Type = LogicalType.Int32, Nullable = false },
                ],
                PrimaryKey = new PrimaryKey { Id = "pk_o", ColumnIds = ["c_id"] },
                ForeignKeys = [new ForeignKey { Id = "fk", ColumnIds = ["c_a", "c_b"], TargetTableId = "tbl_c", TargetColumnIds = ["p_a", "p_b"] }],
            },
            new Table
            {
                Id = "tbl_c", Name = "customers", Position = new CanvasPosition(parentX, 200),
                Columns =
                [
                    new Column { Id = "p_a", Name = "region", Type = LogicalType.Int32, Nullable = false },
                    new Column { Id = "p_b", Name = "no", Type = LogicalType.Int32, Nullable = false },
                ],
                PrimaryKey = new PrimaryKey { Id = "pk_c", ColumnIds = ["p_a", "p_b"] },
            },
        ],
    };

    private static (ForeignKeyLinkModel Link, DiagramProjection Projection) Project(Design design)
    {
        var diagram = new BlazorDiagram();
        var projection = new DiagramProjection(diagram);
        projection.Sync(design, []);
        return (Assert.Single(projection.Links), projection);
    }

    [Fact]
    public void Multi_column_foreign_key_anchors_on_its_first_columns_rows()
    {
        var (link, projection) = Project(TwoTables(0, 600));
        var source = Assert.IsType<ColumnSideAnchor>(link.Source);
        var target = Assert.IsType<ColumnSideAnchor>(link.Target);
        Assert.Equal("c_a", source.Port.ColumnId);
        Assert.Equal("p_a", target.Port.ColumnId);
        var orders = projection.Nodes["tbl_o"];
        // Third row (index 2) of orders, at its middle.
        Assert.Equal(orders.Position.Y + TableNodeGeometry.HeaderHeight + 2 * TableNodeGeometry.RowHeight + TableNodeGeometry.RowHeight / 2,
            source.GetPosition(link)!.Y);
    }

    [Fact]
    public void Link_leaves_the_right_side_towards_a_table_on_the_right_and_enters_its_left_side()
    {
        var (link, projection) = Project(TwoTables(0, 600));
        Assert.Equal(projection.Nodes["tbl_o"].Position.X + TableNodeGeometry.Width, link.Source.GetPosition(link)!.X);
        Assert.Equal(projection.Nodes["tbl_c"].Position.X, link.Target!.GetPosition(link)!.X);
    }

    [Fact]
    public void Link_switches_sides_when_the_tables_swap_places()
    {
        var (link, projection) = Project(TwoTables(600, 0));
        Assert.Equal(projection.Nodes["tbl_o"].Position.X, link.Source.GetPosition(link)!.X);
        Assert.Equal(projection.Nodes["tbl_c"].Position.X + TableNodeGeometry.Width, link.Target!.GetPosition(link)!.X);
        var orders = projection.Nodes["tbl_o"];
        orders.SetPosition(-700, 0);
        Assert.Equal(orders.Position.X + TableNodeGeometry.Width, link.Source.GetPosition(link)!.X);
    }

    [Fact]
    public void Path_leaves_each_table_horizontally_outwards()
    {
        var (link, _) = Project(TwoTables(0, 600));
        var s = link.Source.GetPosition(link)!;
        var t = link.Target!.GetPosition(link)!;
        var result = SideFacingPathGenerator.Instance.GetResult(new BlazorDiagram(), link, [], s, t);
        Assert.Equal(0, result.SourceMarkerAngle!.Value % 180, 6);
        Assert.True(result.SourceMarkerPosition!.X > s.X);
        Assert.True(result.TargetMarkerPosition!.X < t.X);
    }
}
