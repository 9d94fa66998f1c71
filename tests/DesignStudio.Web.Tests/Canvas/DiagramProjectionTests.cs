using Blazor.Diagrams;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Services;

namespace DesignStudio.Web.Tests.Canvas;

public class DiagramProjectionTests
{
    private static (BlazorDiagram Diagram, DiagramProjection Projection) Project(Design design)
    {
        var diagram = new BlazorDiagram();
        var projection = new DiagramProjection(diagram);
        projection.Sync(design, []);
        return (diagram, projection);
    }

    [Fact]
    public void Projects_one_node_per_table_and_one_link_per_foreign_key()
    {
        var design = StarterDesigns.Blog();
        var (diagram, projection) = Project(design);
        Assert.Equal(design.Tables.Count, diagram.Nodes.Count);
        Assert.Equal(design.Tables.Sum(t => t.ForeignKeys.Count), diagram.Links.Count);
        Assert.All(projection.Links, l => Assert.True(l.IsAttached));
    }

    [Fact]
    public void Ports_exist_only_on_key_and_foreign_key_columns_and_are_never_measured()
    {
        var design = StarterDesigns.Blog();
        var (_, projection) = Project(design);
        foreach (var table in design.Tables)
        {
            var node = projection.Nodes[table.Id];
            var keyColumns = DiagramProjection.RowsOf(design, table).Where(r => r.IsKey).Select(r => r.ColumnId).ToHashSet();
            Assert.Equal(keyColumns, node.Ports.OfType<ColumnPortModel>().Select(p => p.ColumnId).ToHashSet());
            Assert.All(node.Ports, p => Assert.True(p.Initialized));
            Assert.True(node.ControlledSize);
        }
    }

    [Fact]
    public void Node_size_and_port_positions_follow_the_fixed_row_geometry()
    {
        var design = StarterDesigns.Blog();
        var (_, projection) = Project(design);
        var table = design.Tables.First(t => t.Columns.Count > 2);
        var node = projection.Nodes[table.Id];
        Assert.Equal(TableNodeGeometry.Width, node.Size!.Width);
        Assert.Equal(TableNodeGeometry.HeaderHeight + table.Columns.Count * TableNodeGeometry.RowHeight + TableNodeGeometry.FooterHeight, node.Size.Height);
        var pkIndex = table.Columns.FindIndex(c => c.Id == table.PrimaryKey!.ColumnIds[0]);
        var port = node.PortOf(table.PrimaryKey!.ColumnIds[0])!;
        Assert.Equal(node.Position.X + TableNodeGeometry.Width - TableNodeGeometry.PortSize / 2, port.Position.X);
        Assert.Equal(node.Position.Y + TableNodeGeometry.HeaderHeight + pkIndex * TableNodeGeometry.RowHeight + 6, port.Position.Y);
    }

    [Fact]
    public void Css_uses_the_same_numbers_as_the_computed_geometry()
    {
        var css = File.ReadAllText(Path.Combine(DesignStudio.TestSupport.TestEnvironment.RepositoryRoot, "wwwroot", "css", "app.css"));
        Assert.Contains($".ds-node {{ box-sizing: border-box; width: {TableNodeGeometry.Width}px;", css);
        Assert.Contains($"height: {TableNodeGeometry.HeaderHeight}px;", css);
        Assert.Contains($".ds-node-row {{ position: relative; box-sizing: border-box; height: {TableNodeGeometry.RowHeight}px;", css);
        var (_, y) = TableNodeGeometry.PortOffset(0);
        Assert.Contains($"right: -{TableNodeGeometry.PortSize / 2}px; top: {y - TableNodeGeometry.HeaderHeight}px; width: {TableNodeGeometry.PortSize}px; height: {TableNodeGeometry.PortSize}px;", css);
    }

    [Fact]
    public void After_an_operation_only_the_changed_table_is_refreshed()
    {
        var design = StarterDesigns.Blog();
        var (_, projection) = Project(design);
        var target = design.Tables[1];
        var before = projection.Nodes.Values.ToDictionary(n => n.TableId, n => n.Table);
        var renamed = new RenameTable(target.Id, "renamed").Apply(design).Design!;
        Assert.Equal(1, projection.Sync(renamed, []));
        Assert.Equal("renamed", projection.Nodes[target.Id].Table.Name);
        Assert.All(design.Tables.Where(t => t.Id != target.Id), t => Assert.Same(before[t.Id], projection.Nodes[t.Id].Table));
    }

    [Fact]
    public void Moving_a_table_in_the_model_moves_its_node_and_ports()
    {
        var design = StarterDesigns.Blog();
        var (_, projection) = Project(design);
        var table = design.Tables[0];
        var node = projection.Nodes[table.Id];
        var port = node.Ports[0];
        var dy = port.Position.Y - node.Position.Y;
        projection.Sync(new MoveTable(table.Id, new CanvasPosition(1000, 500)).Apply(design).Design!, []);
        Assert.Equal(1000, node.Position.X);
        Assert.Equal(500 + dy, port.Position.Y);
    }

    [Fact]
    public void Removing_a_table_removes_its_node_and_the_links_to_it()
    {
        var design = StarterDesigns.Blog();
        var (diagram, projection) = Project(design);
        var referenced = design.Tables.First(t => design.Tables.Any(o => o.ForeignKeys.Any(f => f.TargetTableId == t.Id)));
        var next = new RemoveTable(referenced.Id).Apply(design).Design!;
        projection.Sync(next, []);
        Assert.Equal(next.Tables.Count, diagram.Nodes.Count);
        Assert.Equal(next.Tables.Sum(t => t.ForeignKeys.Count), diagram.Links.Count);
        Assert.False(projection.Nodes.ContainsKey(referenced.Id));
    }

    [Fact]
    public void Collapsing_a_table_keeps_only_its_key_columns()
    {
        var design = StarterDesigns.Blog();
        var (_, projection) = Project(design);
        var table = design.Tables.First(t => t.Columns.Count > 2);
        var collapsed = new MoveTable(table.Id, new CanvasPosition(0, 0) { Collapsed = true }).Apply(design).Design!;
        projection.Sync(collapsed, []);
        var node = projection.Nodes[table.Id];
        Assert.True(node.Collapsed);
        Assert.All(node.Rows, r => Assert.True(r.IsKey));
        Assert.Equal(table.Columns.Count - node.Rows.Count, node.HiddenColumns);
    }

    [Fact]
    public void Diagnostics_become_badge_counts_on_their_tables()
    {
        var design = StarterDesigns.Blog();
        var (_, projection) = Project(design);
        var table = design.Tables[0];
        var diagnostics = new[]
        {
            new Core.Diagnostics.Diagnostic("X1", Core.Diagnostics.Severity.Warning, "tables/" + table.QualifiedName + "/columns/id", "a"),
            new Core.Diagnostics.Diagnostic("X2", Core.Diagnostics.Severity.Error, "tables/" + table.QualifiedName, "b"),
            new Core.Diagnostics.Diagnostic("X3", Core.Diagnostics.Severity.Error, "design", "c"),
        };
        Assert.Equal(1, projection.Sync(design, diagnostics));
        Assert.Equal(2, projection.Nodes[table.Id].DiagnosticCount);
        Assert.Equal(Core.Diagnostics.Severity.Error, projection.Nodes[table.Id].WorstSeverity);
    }

    [Theory]
    [InlineData(false, true, true)]   // plain nullable FK: many children, optional parent
    [InlineData(false, false, true)]  // NOT NULL FK: many children, mandatory parent
    [InlineData(true, false, false)]  // unique NOT NULL FK: one-to-one
    public void Cardinality_follows_uniqueness_and_nullability(bool unique, bool nullable, bool many)
    {
        var parent = new Table { Id = "tbl_p", Name = "p", Columns = [new Column { Id = "col_p", Name = "id", Type = LogicalType.Int64, Nullable = false }], PrimaryKey = new PrimaryKey { Id = "pk_p", ColumnIds = ["col_p"] } };
        var fk = new ForeignKey { Id = "fk_c", ColumnIds = ["col_c"], TargetTableId = "tbl_p", TargetColumnIds = ["col_p"] };
        var child = new Table
        {
            Id = "tbl_c",
            Name = "c",
            Columns = [new Column { Id = "col_c", Name = "p_id", Type = LogicalType.Int64, Nullable = nullable }],
            Uniques = unique ? [new UniqueConstraint { Id = "uq_c", ColumnIds = ["col_c"] }] : [],
            ForeignKeys = [fk],
        };
        var cardinality = DiagramProjection.CardinalityOf(child, fk);
        Assert.Equal(many, cardinality.ManyChildren);
        Assert.Equal(nullable, cardinality.ParentOptional);
        var (_, projection) = Project(new Design { Tables = [parent, child] });
        var link = Assert.Single(projection.Links);
        Assert.Same(CrowsFootMarkers.ChildEnd(cardinality), link.SourceMarker);
        Assert.Same(CrowsFootMarkers.ParentEnd(cardinality), link.TargetMarker);
        Assert.Contains(cardinality.ToString(), link.Title);
    }
}
