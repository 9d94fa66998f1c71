using System.Text.Json;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary>
/// Writes operation properties; embedded model objects (tables, columns, keys…) use the design file writer, so an
/// operation carries them exactly as a design file would.
/// </summary>
internal sealed class OperationJsonWriter(Utf8JsonWriter w)
{
    private readonly DesignJsonWriter design = new(w);

    public void String(string name, string value) => w.WriteString(name, value);

    public void OptString(string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    public void Int(string name, int value) => w.WriteNumber(name, value);

    public void OptInt(string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
    }

    public void Double(string name, double value) => w.WriteNumber(name, value);

    public void OptLong(string name, long? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
    }

    public void Strings(string name, ValueList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }

    /// <summary>Writes a model object under <paramref name="name"/> with one of the design file writer's methods.</summary>
    public void Model(string name, Action<DesignJsonWriter> write)
    {
        w.WritePropertyName(name);
        write(design);
    }

    public void Operations(string name, ValueList<DesignOperation> operations)
    {
        w.WriteStartArray(name);
        foreach (var operation in operations) Operation(operation);
        w.WriteEndArray();
    }

    public void Operation(DesignOperation operation)
    {
        var converter = OperationConverters.For(operation.GetType());
        w.WriteStartObject();
        w.WriteString(OperationJson.KindProperty, converter.Kind);
        converter.WriteProperties(this, operation);
        w.WriteEndObject();
    }
}
