using System.Text.Json;
using System.Text.Json.Nodes;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Serialization;

/// <summary>
/// Shared state while binding a parsed design file to the model: collects diagnostics (with file positions from the
/// <see cref="JsonPositionIndex"/>) instead of throwing, so one read reports every shape problem at once.
/// </summary>
internal sealed class JsonBindContext(JsonPositionIndex? positions)
{
    public List<Diagnostic> Diagnostics { get; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public void Error(string code, string path, string message) =>
        Diagnostics.Add(new Diagnostic(code, Severity.Error, path, message) { Position = positions?.Find(path) });

    /// <summary>Opens <paramref name="node"/> as an object, or reports what it is instead.</summary>
    public JsonObjectReader? Object(JsonNode? node, string path, string what)
    {
        if (node is JsonObject obj) return new JsonObjectReader(this, obj, path);
        Error(DesignFileCodes.InvalidValue, path, $"Expected {what} (a JSON object) at {path}, found {Describe(node)}.");
        return null;
    }

    /// <summary>Binds every element of an array of objects; elements that fail are reported and skipped.</summary>
    public ValueList<T> Objects<T>(JsonNode? node, string path, string what, Func<JsonObjectReader, T> bind)
    {
        if (node is null) return [];
        if (node is not JsonArray array)
        {
            Error(DesignFileCodes.InvalidValue, path, $"Expected a list of {what} (a JSON array) at {path}, found {Describe(node)}.");
            return [];
        }
        var items = new List<T>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var reader = Object(array[i], $"{path}[{i}]", what);
            if (reader is null) continue;
            items.Add(bind(reader));
            reader.Finish();
        }
        return items.ToValueList();
    }

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => $"the string \"{Shorten(v.GetValue<string>())}\"",
            JsonValueKind.Number => $"the number {v.ToJsonString()}",
            JsonValueKind.True or JsonValueKind.False => $"the boolean {v.ToJsonString()}",
            _ => v.ToJsonString(),
        },
        _ => "an unexpected value",
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
