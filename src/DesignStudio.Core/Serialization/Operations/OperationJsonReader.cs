using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary>
/// Reads operation properties from one JSON object, reporting problems as diagnostics (never throwing); embedded model
/// objects are bound with the design file binder.
/// </summary>
internal sealed class OperationJsonReader(JsonObjectReader r)
{
    public string String(string name) => r.RequiredString(name);

    public string? OptString(string name) => r.OptionalString(name);

    public int? OptInt(string name) => r.Int(name);

    public int Int(string name)
    {
        if (r.Int(name) is { } value) return value;
        if (!r.Context.Diagnostics.Any(d => d.Path == r.PathOf(name))) Missing(name);
        return 0;
    }

    public ValueList<string> Strings(string name) => r.Strings(name, required: true);

    public long? OptLong(string name) => r.Long(name);

    public double Double(string name) => r.RequiredDouble(name);

    /// <summary>An optional embedded model object.</summary>
    public T? OptModel<T>(string name, string what, Func<JsonObjectReader, T> bind) where T : class => r.Child(name, what, bind);

    /// <summary>A required embedded model object; when it is missing the problem is reported and a placeholder returned.</summary>
    public T Model<T>(string name, string what, Func<JsonObjectReader, T> bind) where T : class
    {
        if (r.Node(name) is null)
        {
            Missing(name);
            return null!;
        }
        return r.Child(name, what, bind)!;
    }

    public ValueList<DesignOperation> Operations(string name) =>
        r.Objects(name, "an operation", ReadOperation, required: true);

    /// <summary>Reads the operation in <paramref name="obj"/> by its <c>op</c> discriminator.</summary>
    public static DesignOperation ReadOperation(JsonObjectReader obj)
    {
        var kind = obj.RequiredString(OperationJson.KindProperty);
        if (OperationConverters.For(kind) is not { } converter)
        {
            if (kind.Length > 0)
            {
                obj.Context.Error(DesignFileCodes.InvalidValue, obj.PathOf(OperationJson.KindProperty),
                    $"Unknown operation kind '{kind}' at {obj.Path}.");
            }
            return Placeholder;
        }
        return converter.Read(new OperationJsonReader(obj));
    }

    // Stands in for an unreadable operation; the read fails as a whole, so it is never applied.
    private static readonly DesignOperation Placeholder = new CompositeOperation([]);

    private void Missing(string name) =>
        r.Context.Error(DesignFileCodes.InvalidValue, r.Path, $"Missing required property '{name}' at {r.Path}.");
}
