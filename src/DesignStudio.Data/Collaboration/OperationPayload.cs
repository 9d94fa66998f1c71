using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using DesignStudio.Core.Serialization.Operations;

namespace DesignStudio.Data.Collaboration;

/// <summary>
/// The wire form of a change message that carries its operation: <c>O</c> and JSON
/// <c>{"i":instance,"p":project,"s":sequence,"u":user,"c":client,"o":clientOperation,"t":ticks,"op":{operation JSON}}</c>,
/// the operation exactly as the log holds it. Used only when it fits the NOTIFY limit.
/// </summary>
internal static class OperationPayload
{
    public const char Prefix = 'O';

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The payload, or null when it would be longer than <paramref name="maxBytes"/> UTF-8 bytes.</summary>
    public static string? TryEncode(DesignChangeMessage message, LoggedOperation entry, int maxBytes)
    {
        var operation = OperationJson.SerializeToUtf8Bytes(entry.Operation);
        if (operation.Length >= maxBytes) return null;
        var buffer = new ArrayBufferWriter<byte>(operation.Length + 256);
        buffer.GetSpan(1)[0] = (byte)Prefix;
        buffer.Advance(1);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("i", message.InstanceId);
            writer.WriteString("p", message.ProjectId.ToString("N"));
            writer.WriteNumber("s", message.Sequence);
            if (entry.UserId is not null) writer.WriteString("u", entry.UserId);
            writer.WriteString("c", entry.ClientId);
            writer.WriteString("o", entry.ClientOperationId);
            writer.WriteNumber("t", entry.TimestampUtc.Ticks);
            writer.WritePropertyName("op");
            writer.WriteRawValue(operation, skipInputValidation: true);
            writer.WriteEndObject();
        }
        // The JSON is UTF-8 already: its length is the payload's size on the wire.
        return buffer.WrittenCount <= maxBytes ? System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) : null;
    }

    /// <summary>
    /// The message in <paramref name="payload"/> (which starts with <see cref="Prefix"/>); without its operation when
    /// the operation cannot be read (the receiver then reads it from the log); null when the rest is not a change message.
    /// </summary>
    public static DesignChangeMessage? Decode(string payload)
    {
        using var document = JsonDocument.Parse(payload.AsMemory(1));
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("i", out var instance) || instance.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("p", out var project) || project.ValueKind != JsonValueKind.String || !Guid.TryParseExact(project.GetString(), "N", out var projectId)
            || !root.TryGetProperty("s", out var sequenceElement) || sequenceElement.ValueKind != JsonValueKind.Number || !sequenceElement.TryGetInt64(out var sequence))
        {
            return null;
        }
        var message = new DesignChangeMessage(instance.GetString()!, projectId, sequence);
        if (!root.TryGetProperty("c", out var client) || client.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("o", out var clientOperation) || clientOperation.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("t", out var time) || time.ValueKind != JsonValueKind.Number || !time.TryGetInt64(out var ticks) || ticks < 0 || ticks > DateTime.MaxValue.Ticks
            || !root.TryGetProperty("op", out var operationElement))
        {
            return message;
        }
        if (OperationJson.Read(operationElement.GetRawText()).Operation is not { } operation) return message;
        var user = root.TryGetProperty("u", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        return message with
        {
            Operation = new LoggedOperation(sequence, operation, user, client.GetString()!, clientOperation.GetString()!, new DateTime(ticks, DateTimeKind.Utc)),
        };
    }
}
