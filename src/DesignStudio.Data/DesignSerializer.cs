using System.Text.Json;
using System.Text.Json.Serialization;
using DesignStudio.Core.Model;

namespace DesignStudio.Data;

/// <summary>
/// THE SEAM to the design file format: how the store turns a design into JSON text and back.
/// Until DesignStudio.Core.Serialization (branch <c>json</c>) is merged this uses System.Text.Json directly;
/// the lead points these two methods at the real serializer — nothing else in Data knows the format.
/// </summary>
public static class DesignSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new ValueListConverterFactory() },
    };

    /// <summary>The design as JSON text.</summary>
    public static string Serialize(Design design) => JsonSerializer.Serialize(design, Options);

    /// <summary>The design stored in <paramref name="json"/>.</summary>
    public static Design Deserialize(string json) =>
        JsonSerializer.Deserialize<Design>(json, Options) ?? throw new JsonException("The stored design is null.");

    private sealed class ValueListConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(ValueListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()))!;
    }

    private sealed class ValueListConverter<T> : JsonConverter<ValueList<T>>
    {
        public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            (JsonSerializer.Deserialize<T[]>(ref reader, options) ?? []).ToValueList();

        public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.AsImmutableArray(), options);
    }
}
