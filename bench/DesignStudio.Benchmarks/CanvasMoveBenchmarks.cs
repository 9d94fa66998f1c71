using BenchmarkDotNet.Attributes;
using Blazor.Diagrams;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Samples;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Canvas.Layout;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Server time of one node-move step on a laid-out synthetic design: the MoveTable operation, the projection's sync of
/// the diagram (which refreshes only the moved node and its links) and the viewport update. The browser's share (the
/// render diff of that one node) is measured by <see cref="CanvasLoadMeasurement"/>'s drag step.
/// </summary>
[MemoryDiagnoser]
public class CanvasMoveBenchmarks
{
    private Design design = new();
    private DiagramProjection projection = null!;
    private CanvasVirtualizer virtualizer = null!;
    private BlazorDiagram diagram = null!;
    private string tableId = "";
    private int step;

    /// <summary>Number of tables.</summary>
    [Params(300, 1000)]
    public int Tables { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        design = CanvasLoadMeasurement.LaidOut(SyntheticDesign.Create(Tables, seed: 42));
        diagram = new BlazorDiagram();
        projection = new DiagramProjection(diagram);
        virtualizer = new CanvasVirtualizer(diagram, projection);
        projection.Sync(design, []);
        diagram.SetContainer(new Blazor.Diagrams.Core.Geometry.Rectangle(0, 0, 1000, 700));
        tableId = design.Tables[Tables / 2].Id;
    }

    /// <summary>One MoveTable (alternating between two spots) applied and projected, as a drag's pointer-up does.</summary>
    [Benchmark]
    public int MoveOneTable()
    {
        step++;
        design = new MoveTable(tableId, new CanvasPosition(100 + step % 2 * 40, 100)).Apply(design).Design!;
        var refreshed = 0;
        diagram.Batch(() =>
        {
            refreshed = projection.Sync(design, []);
            virtualizer.Update();
        });
        return refreshed;
    }
}
