using System.Text.Json;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Serialization;

/// <summary>
/// Typed access to the properties of one JSON object of a design file. Every property read is remembered, and
/// <see cref="Finish"/> reports the ones never read: the format is closed, so an unknown property is usually a typo
/// that would otherwise be silently dropped. Works on <see cref="JsonElement"/> (no DOM is built).
/// </summary>
internal sealed class JsonObjectReader(JsonBindContext context, JsonElement obj, string path)
{
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public string Path => path;

    public JsonBindContext Context => context;

    public string PathOf(string name) => path + "." + name;

    /// <summary>
    /// The property value, marking the property as known; null when absent. An explicit JSON null is reported (the
    /// format omits absent values rather than writing null) and treated as absent.
    /// </summary>
    public JsonElement? Node(string name)
    {
        known.Add(name);
        if (!obj.TryGetProperty(name, out var node)) return null;
        if (node.ValueKind == JsonValueKind.Null)
        {
            context.Error(DesignFileCodes.InvalidValue, PathOf(name), $"Property '{name}' at {path} is null; leave it out instead.");
            return null;
        }
        return node;
    }

    private bool Has(string name) => obj.TryGetProperty(name, out _);

    public string RequiredString(string name)
    {
        if (!Has(name)) Missing(name);
        return Node(name) is { } node ? StringValue(node, name, -1) ?? "" : "";
    }

    public string? OptionalString(string name) => Node(name) is { } node ? StringValue(node, name, -1) : null;

    public bool Bool(string name, bool defaultValue)
    {
        if (Node(name) is not { } node) return defaultValue;
        if (node.ValueKind is JsonValueKind.True or JsonValueKind.False) return node.GetBoolean();
        Invalid(name, "true or false", node);
        return defaultValue;
    }

    public int? Int(string name)
    {
        if (Node(name) is not { } node) return null;
        if (node.ValueKind == JsonValueKind.Number && node.TryGetInt32(out var value)) return value;
        Invalid(name, "a whole number", node);
        return null;
    }

    public long? Long(string name)
    {
        if (Node(name) is not { } node) return null;
        if (node.ValueKind == JsonValueKind.Number && node.TryGetInt64(out var value)) return value;
        Invalid(name, "a whole number", node);
        return null;
    }

    /// <summary>A number; the strings "NaN", "Infinity" and "-Infinity" stand for the values JSON cannot spell.</summary>
    public double? Double(string name)
    {
        if (Node(name) is not { } node) return null;
        if (node.ValueKind == JsonValueKind.Number && node.TryGetDouble(out var d) && double.IsFinite(d)) return d;
        if (node.ValueKind == JsonValueKind.String)
        {
            switch (node.GetString())
            {
                case "NaN": return double.NaN;
                case "Infinity": return double.PositiveInfinity;
                case "-Infinity": return double.NegativeInfinity;
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
        if (Node(name) is not { } node) return null;
        if (node.ValueKind == JsonValueKind.String && JsonWords.TryParse(words, node.GetString()!, out var value)) return value;
        Invalid(name, "one of " + JsonWords.List(words), node);
        return null;
    }

    public ValueList<string> Strings(string name, bool required)
    {
        if (required && !Has(name)) Missing(name);
        if (Node(name) is not { } node) return [];
        if (node.ValueKind != JsonValueKind.Array)
        {
            Invalid(name, "a list of strings", node);
            return [];
        }
        var items = new List<string>(node.GetArrayLength());
        var i = 0;
        foreach (var item in node.EnumerateArray())
        {
            if (StringValue(item, name, i++) is { } s) items.Add(s);
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
        if (Node(name) is not { } node) return null;
        var reader = context.Object(node, PathOf(name), what);
        if (reader is null) return null;
        var value = bind(reader);
        reader.Finish();
        return value;
    }

    /// <summary>Reports properties that were never read.</summary>
    public void Finish()
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                context.Error(DesignFileCodes.UnknownProperty, PathOf(property.Name), $"Unknown property '{property.Name}' at {path}.");
            }
        }
    }

    private void Missing(string name) =>
        context.Error(DesignFileCodes.InvalidValue, path, $"Missing required property '{name}' at {path}.");

    /// <summary>The string value of property <paramref name="name"/> (element <paramref name="index"/> of it when not -1).</summary>
    private string? StringValue(JsonElement node, string name, int index)
    {
        if (node.ValueKind == JsonValueKind.String) return node.GetString();
        var at = index < 0 ? PathOf(name) : $"{PathOf(name)}[{index}]";
        context.Error(DesignFileCodes.InvalidValue, at, $"Expected a string at {at}, found {JsonBindContext.Describe(node)}.");
        return null;
    }

    private void Invalid(string name, string expected, JsonElement node) =>
        context.Error(DesignFileCodes.InvalidValue, PathOf(name), $"Expected {expected} at {PathOf(name)}, found {JsonBindContext.Describe(node)}.");
}
