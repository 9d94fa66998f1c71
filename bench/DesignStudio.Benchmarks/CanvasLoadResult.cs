namespace DesignStudio.Benchmarks;

/// <summary>One page load: wall-clock phases (ms from navigation), CPU used, bytes the circuit sent, nodes rendered.</summary>
/// <param name="Html">The prerendered HTML arrived (navigation committed).</param>
/// <param name="Canvas">The diagram canvas is in the DOM (the circuit rendered the page).</param>
/// <param name="Nodes">Every node in view is rendered.</param>
/// <param name="Interactive">A click on a table selected it.</param>
/// <param name="ServerCpu">CPU time of the studio's process during the load.</param>
/// <param name="BrowserCpu">CPU time of Chromium during the load.</param>
/// <param name="CircuitBytes">WebSocket bytes received by the page during the load.</param>
/// <param name="HtmlBytes">Size of the prerendered document.</param>
/// <param name="Rendered">Nodes in the DOM.</param>
public sealed record CanvasLoadResult(
    double Html, double Canvas, double Nodes, double Interactive, double ServerCpu, double BrowserCpu, long CircuitBytes, long HtmlBytes, int Rendered)
{
    /// <summary>Chromium's performance metrics for the page (Performance.getMetrics).</summary>
    public IReadOnlyDictionary<string, double> BrowserMetrics { get; init; } = new Dictionary<string, double>();

    /// <summary>Foreign-key links in the DOM.</summary>
    public int Links { get; init; }

    /// <summary>Bytes the page's requests other than the document took on the wire (0 for what the browser cache served).</summary>
    public long AssetBytes { get; init; }

    /// <summary>Requests the page made besides the document (Resource Timing entries).</summary>
    public int AssetRequests { get; init; }

    /// <summary>Elements per part of the page.</summary>
    public string Dom { get; init; } = "";

    /// <summary>One metric, or 0.</summary>
    public double Metric(string name) => BrowserMetrics.GetValueOrDefault(name);
}
