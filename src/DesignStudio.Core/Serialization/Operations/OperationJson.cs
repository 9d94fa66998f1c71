using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary>
/// Operations as compact JSON, for the operation log and for sending edits between servers:
/// <c>{"op": "addColumn", "tableId": "tbl_1", "column": {…}, "at": 2}</c>. Embedded tables, columns, keys and the
/// like use the design file format. Every concrete <see cref="DesignOperation"/> has one converter.
/// </summary>
public static class OperationJson
{
    /// <summary>The discriminator property naming the operation kind.</summary>
    public const string KindProperty = "op";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The operation types that can be written and read.</summary>
    public static IReadOnlyCollection<Type> RegisteredTypes => OperationConverters.Types;

    /// <summary>The operation as compact UTF-8 JSON.</summary>
    /// <exception cref="NotSupportedException">The operation type has no converter (a bug: register one).</exception>
    public static byte[] SerializeToUtf8Bytes(DesignOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            new OperationJsonWriter(writer).Operation(operation);
        }
        return stream.ToArray();
    }

    /// <summary>The operation as compact JSON text.</summary>
    /// <exception cref="NotSupportedException">The operation type has no converter (a bug: register one).</exception>
    public static string Serialize(DesignOperation operation) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(operation));

    /// <summary>Reads an operation; malformed or unknown input gives diagnostics, never an exception.</summary>
    public static OperationReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return new OperationReadResult(null, [new Diagnostic(DesignFileCodes.MalformedJson, Severity.Error, "$", "Malformed JSON: " + JsonPositionIndex.CleanMessage(e.Message))]);
        }
        using (document)
        {
            var context = new JsonBindContext(null);
            var reader = context.Object(document.RootElement, "$", "an operation");
            if (reader is null) return new OperationReadResult(null, context.Diagnostics);
            var operation = OperationJsonReader.ReadOperation(reader);
            reader.Finish();
            return new OperationReadResult(context.HasErrors ? null : operation, context.Diagnostics);
        }
    }
}
