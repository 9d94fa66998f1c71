using System.Text.Json;
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
    public JsonObjectReader? Object(JsonElement? node, string path, string what)
    {
        if (node is { ValueKind: JsonValueKind.Object } obj) return new JsonObjectReader(this, obj, path);
        Error(DesignFileCodes.InvalidValue, path, $"Expected {what} (a JSON object) at {path}, found {Describe(node)}.");
        return null;
    }

    /// <summary>Binds every element of an array of objects; elements that fail are reported and skipped.</summary>
    public ValueList<T> Objects<T>(JsonElement? node, string path, string what, Func<JsonObjectReader, T> bind)
    {
        if (node is not { } array) return [];
        if (array.ValueKind != JsonValueKind.Array)
        {
            Error(DesignFileCodes.InvalidValue, path, $"Expected a list (a JSON array) at {path}, found {Describe(array)}.");
            return [];
        }
        var items = new List<T>(array.GetArrayLength());
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var reader = Object(element, $"{path}[{i++}]", what);
            if (reader is null) continue;
            items.Add(bind(reader));
            reader.Finish();
        }
        return items.ToValueList();
    }

    public static string Describe(JsonElement? node) => node switch
    {
        null => "nothing",
        { ValueKind: JsonValueKind.Null } => "null",
        { ValueKind: JsonValueKind.Object } => "an object",
        { ValueKind: JsonValueKind.Array } => "an array",
        { ValueKind: JsonValueKind.String } s => $"the string \"{Shorten(s.GetString()!)}\"",
        { ValueKind: JsonValueKind.Number } n => $"the number {n.GetRawText()}",
        { ValueKind: JsonValueKind.True or JsonValueKind.False } b => $"the boolean {b.GetRawText()}",
        _ => "an unexpected value",
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
