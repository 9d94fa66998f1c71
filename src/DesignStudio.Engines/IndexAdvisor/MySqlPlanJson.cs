using System.Globalization;
using System.Text.Json;

namespace DesignStudio.Engines.IndexAdvisor;

/// <summary>
/// Reads MySQL/MariaDB <c>EXPLAIN FORMAT=JSON</c> output: the query cost where the document has one (MySQL's
/// <c>cost_info.query_cost</c>, MariaDB 11's <c>cost</c>), a compact chain of the operations and tables with their
/// access types, and the indexes used (each table's <c>key</c>).
/// </summary>
public static class MySqlPlanJson
{
    /// <summary>Cost (null when the document has none), compact plan and index names of an EXPLAIN JSON document.</summary>
    public static (double? Cost, string Summary, IReadOnlyList<string> Indexes) Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var block = doc.RootElement.GetProperty("query_block");
        double? cost = null;
        if (block.TryGetProperty("cost_info", out var info) && info.TryGetProperty("query_cost", out var qc)) cost = Number(qc);
        else if (block.TryGetProperty("cost", out var c)) cost = Number(c);
        var nodes = new List<string>();
        var indexes = new List<string>();
        Walk(block, nodes, indexes);
        return (cost, string.Join(" → ", nodes), indexes);
    }

    private static double? Number(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.String when double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static void Walk(JsonElement node, List<string> nodes, List<string> indexes)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray()) Walk(item, nodes, indexes);
                return;
            case JsonValueKind.Object:
                foreach (var property in node.EnumerateObject())
                {
                    if (property.Name == "table" && property.Value.ValueKind == JsonValueKind.Object) nodes.Add(Table(property.Value, indexes));
                    else if (property.Name is "filesort" or "temporary_table" or "duplicates_removal" or "ordering_operation" or "grouping_operation")
                    {
                        if (property.Name is "filesort" || IsTrue(property.Value, "using_filesort")) nodes.Add("filesort");
                        if (property.Name is "temporary_table" || IsTrue(property.Value, "using_temporary_table")) nodes.Add("temporary table");
                    }
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) Walk(property.Value, nodes, indexes);
                }
                return;
        }
    }

    private static bool IsTrue(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static string Table(JsonElement table, List<string> indexes)
    {
        var name = table.TryGetProperty("table_name", out var n) ? n.GetString() : "?";
        var access = table.TryGetProperty("access_type", out var a) ? a.GetString() : "?";
        var text = $"{access} on {name}";
        if (table.TryGetProperty("key", out var key) && key.GetString() is { } k)
        {
            indexes.Add(k);
            text += " using " + k;
        }
        if (table.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Number) text += $" ({rows.GetInt64()} rows)";
        else if (table.TryGetProperty("rows_examined_per_scan", out var scan) && scan.ValueKind == JsonValueKind.Number) text += $" ({scan.GetInt64()} rows)";
        return text;
    }
}
