using System.Text.Json;
using System.Text.Json.Nodes;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Serialization;

/// <summary>
/// Typed access to the properties of one JSON object of a design file. Every property read is remembered, and
/// <see cref="Finish"/> reports the ones never read: the format is closed, so an unknown property is usually a typo
/// that would otherwise be silently dropped.
/// </summary>
internal sealed class JsonObjectReader(JsonBindContext context, JsonObject obj, string path)
{
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public string Path => path;

    public JsonBindContext Context => context;

    public string PathOf(string name) => path + "." + name;

    /// <summary>
    /// The property value, marking the property as known; null when absent. An explicit JSON null is reported (the
    /// format omits absent values rather than writing null) and treated as absent.
    /// </summary>
    public JsonNode? Node(string name)
    {
        known.Add(name);
        if (!obj.TryGetPropertyValue(name, out var node)) return null;
        if (node is null) context.Error(DesignFileCodes.InvalidValue, PathOf(name), $"Property '{name}' at {path} is null; leave it out instead.");
        return node;
    }

    private bool Has(string name) => obj.ContainsKey(name);

    public string RequiredString(string name)
    {
        if (!Has(name)) Missing(name);
        var node = Node(name);
        return node is null ? "" : StringValue(node, PathOf(name)) ?? "";
    }

    public string? OptionalString(string name)
    {
        var node = Node(name);
        return node is null ? null : StringValue(node, PathOf(name));
    }

    public bool Bool(string name, bool defaultValue)
    {
        var node = Node(name);
        if (node is null) return defaultValue;
        if (node.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return node.GetValue<bool>();
        Invalid(name, "true or false", node);
        return defaultValue;
    }

    public int? Int(string name, int min = int.MinValue)
    {
        var node = Node(name);
        if (node is null) return null;
        if (node is JsonValue v && v.TryGetValue<int>(out var value) && value >= min) return value;
        Invalid(name, min == 0 ? "a whole number of 0 or more" : "a whole number", node);
        return null;
    }

    public long? Long(string name)
    {
        var node = Node(name);
        if (node is null) return null;
        if (node is JsonValue v && v.TryGetValue<long>(out var value)) return value;
        Invalid(name, "a whole number", node);
        return null;
    }

    /// <summary>A number; the strings "NaN", "Infinity" and "-Infinity" stand for the values JSON cannot spell.</summary>
    public double? Double(string name)
    {
        var node = Node(name);
        if (node is null) return null;
        if (node is JsonValue v)
        {
            if (v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var d)) return d;
            if (v.GetValueKind() == JsonValueKind.String)
            {
                switch (v.GetValue<string>())
                {
                    case "NaN": return double.NaN;
                    case "Infinity": return double.PositiveInfinity;
                    case "-Infinity": return double.NegativeInfinity;
                }
            }
        }
        Invalid(name, "a number", node);
        return null;
    }

    public double RequiredDouble(string name)
    {
        if (!Has(name)) Missing(name);
        return Double(name) ?? 0;
    }

    public T? Word<T>(string name, IReadOnlyList<(T Value, string Word)> words) where T : struct, Enum
    {
        var node = Node(name);
        if (node is null) return null;
        if (node.GetValueKind() == JsonValueKind.String && JsonWords.TryParse(words, node.GetValue<string>(), out var value)) return value;
        Invalid(name, "one of " + JsonWords.List(words), node);
        return null;
    }

    public ValueList<string> Strings(string name, bool required)
    {
        if (required && !Has(name)) Missing(name);
        var node = Node(name);
        if (node is null) return [];
        if (node is not JsonArray array)
        {
            Invalid(name, "a list of strings", node);
            return [];
        }
        var items = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (StringValue(array[i], $"{PathOf(name)}[{i}]") is { } s) items.Add(s);
        }
        return items.ToValueList();
    }

    public ValueList<T> Objects<T>(string name, string what, Func<JsonObjectReader, T> bind, bool required = false)
    {
        if (required && !Has(name)) Missing(name);
        return context.Objects(Node(name), PathOf(name), what, bind);
    }

    /// <summary>Binds an optional nested object; null when absent.</summary>
    public T? Child<T>(string name, string what, Func<JsonObjectReader, T> bind) where T : class
    {
        var node = Node(name);
        if (node is null) return null;
        var reader = context.Object(node, PathOf(name), what);
        if (reader is null) return null;
        var value = bind(reader);
        reader.Finish();
        return value;
    }

    /// <summary>Reports properties that were never read.</summary>
    public void Finish()
    {
        foreach (var (name, _) in obj)
        {
            if (!known.Contains(name))
            {
                context.Error(DesignFileCodes.UnknownProperty, PathOf(name), $"Unknown property '{name}' at {path}.");
            }
        }
    }

    private void Missing(string name) =>
        context.Error(DesignFileCodes.InvalidValue, path, $"Missing required property '{name}' at {path}.");

    private string? StringValue(JsonNode? node, string at)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String) return v.GetValue<string>();
        context.Error(DesignFileCodes.InvalidValue, at, $"Expected a string at {at}, found {JsonBindContext.Describe(node)}.");
        return null;
    }

    private void Invalid(string name, string expected, JsonNode? node) =>
        context.Error(DesignFileCodes.InvalidValue, PathOf(name), $"Expected {expected} at {PathOf(name)}, found {JsonBindContext.Describe(node)}.");
}
