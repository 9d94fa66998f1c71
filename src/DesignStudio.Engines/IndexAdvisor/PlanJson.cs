using System.Globalization;
using System.Text.Json;

namespace DesignStudio.Engines.IndexAdvisor;

/// <summary>Reads PostgreSQL <c>EXPLAIN (FORMAT JSON)</c> output: total cost, a compact node chain and the indexes used.</summary>
public static class PlanJson
{
    /// <summary>Total cost, compact plan and index names of an EXPLAIN JSON document.</summary>
    public static (double Cost, string Summary, IReadOnlyList<string> Indexes) Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var plan = doc.RootElement[0].GetProperty("Plan");
        var nodes = new List<string>();
        var indexes = new List<string>();
        Walk(plan, nodes, indexes);
        return (plan.GetProperty("Total Cost").GetDouble(), string.Join(" → ", nodes), indexes);
    }

    private static void Walk(JsonElement node, List<string> nodes, List<string> indexes)
    {
        var text = node.GetProperty("Node Type").GetString() ?? "?";
        if (node.TryGetProperty("Index Name", out var index))
        {
            indexes.Add(index.GetString()!);
            text += " using " + index.GetString();
        }
        if (node.TryGetProperty("Relation Name", out var relation)) text += " on " + relation.GetString();
        text += " (" + node.GetProperty("Total Cost").GetDouble().ToString("0.##", CultureInfo.InvariantCulture) + ")";
        nodes.Add(text);
        if (!node.TryGetProperty("Plans", out var children)) return;
        foreach (var child in children.EnumerateArray()) Walk(child, nodes, indexes);
    }
}
