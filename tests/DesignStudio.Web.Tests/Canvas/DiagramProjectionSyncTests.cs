using Blazor.Diagrams;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Samples;
using DesignStudio.Web.Canvas;

namespace DesignStudio.Web.Tests.Canvas;

/// <summary>The incremental sync: unchanged tables and links are skipped, changed ones (or their neighbours) are not.</summary>
public class DiagramProjectionSyncTests
{
    private static (DiagramProjection Projection, Design Design) Project(int tables)
    {
        var design = SyntheticDesign.Create(tables, seed: 9);
        var projection = new DiagramProjection(new BlazorDiagram());
        projection.Sync(design, []);
        return (projection, design);
    }

    [Fact]
    public void Renaming_a_table_retitles_only_the_links_to_and_from_it()
    {
        var (projection, design) = Project(40);
        var target = design.Tables.First(t => design.Tables.Count(o => o.ForeignKeys.Any(f => f.TargetTableId == t.Id)) > 1);
        var before = projection.Links.ToDictionary(l => l.ForeignKeyId);
        var renamed = new RenameTable(target.Id, "renamed_target").Apply(design).Design!;
        Assert.Equal(1, projection.Sync(renamed, []));
        var incoming = renamed.Tables.SelectMany(t => t.ForeignKeys).Where(f => f.TargetTableId == target.Id).Select(f => f.Id).ToHashSet();
        foreach (var link in projection.Links)
        {
            if (incoming.Contains(link.ForeignKeyId)) Assert.Contains("→ renamed_target(", link.Title);
            else if (link.TableId == target.Id) Assert.Contains(": renamed_target(", link.Title); // its own keys name it too
            else Assert.Same(before[link.ForeignKeyId], link);
        }
    }

    [Fact]
    public void A_model_change_that_leaves_the_tables_alone_refreshes_nothing()
    {
        var (projection, design) = Project(40);
        var titles = projection.Links.ToDictionary(l => l.ForeignKeyId, l => l.Title);
        var next = design with { Name = "other name" };
        Assert.Equal(0, projection.Sync(next, []));
        Assert.Equal(titles, projection.Links.ToDictionary(l => l.ForeignKeyId, l => l.Title));
    }

    [Fact]
    public void A_dragged_node_whose_move_was_not_applied_returns_to_its_table_position()
    {
        var (projection, design) = Project(5);
        var table = design.Tables[0];
        var placed = new MoveTable(table.Id, new CanvasPosition(10, 20)).Apply(design).Design!;
        projection.Sync(placed, []);
        var node = projection.Nodes[table.Id];
        node.SetPosition(400, 400);
        Assert.Equal(1, projection.Sync(placed, []));
        Assert.Equal((10.0, 20.0), (node.Position.X, node.Position.Y));
    }
}
