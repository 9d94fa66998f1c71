using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DesignStudio.Data.Collaboration;

/// <summary>
/// The change bus's wire forms, each within PostgreSQL's NOTIFY limit (8,000 bytes): a change is
/// <c>instance|project|sequence</c>, or <c>O</c> and JSON carrying the operation too when that fits; presence is <c>P</c> and JSON; an access change is <c>A</c> and JSON; a pointer is
/// <c>L</c> and JSON.
/// </summary>
public static class BusPayload
{
    /// <summary>The most bytes a payload may have.</summary>
    public const int MaxBytes = 7_900;

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Presence as a payload; entries that would not fit are left out (the rest still shows).</summary>
    public static string Encode(PresenceMessage message)
    {
        var entries = message.Entries.ToList();
        while (true)
        {
            var payload = "P" + JsonSerializer.Serialize(message with { Entries = entries }, Json);
            if (Encoding.UTF8.GetByteCount(payload) <= MaxBytes || entries.Count == 0) return payload;
            entries.RemoveAt(entries.Count - 1);
        }
    }

    /// <summary>An access change as a payload.</summary>
    public static string Encode(AccessChangeMessage message) => "A" + JsonSerializer.Serialize(message, Json);

    /// <summary>A pointer position as a payload (names are clipped so it always fits).</summary>
    public static string Encode(PointerMessage message) => "L" + JsonSerializer.Serialize(message with
    {
        ClientId = Clip(message.ClientId), UserId = Clip(message.UserId), Name = Clip(message.Name), Colour = Clip(message.Colour),
    }, Json);

    private static string Clip(string text) => text.Length <= 500 ? text : text[..500];

    /// <summary>
    /// A change as a payload: with its operation when it has one and the whole fits in <see cref="MaxBytes"/>, else only
    /// the sequence (receivers then read the operation from the log).
    /// </summary>
    public static string Encode(DesignChangeMessage message) =>
        message.Operation is { } entry && entry.Sequence == message.Sequence && OperationPayload.TryEncode(message, entry, MaxBytes) is { } withOperation
            ? withOperation
            : message.ToPayload();

    /// <summary>The message in <paramref name="payload"/>: one of the four kinds, or null for anything else.</summary>
    public static object? Decode(string payload)
    {
        try
        {
            return payload switch
            {
                ['P', ..] => JsonSerializer.Deserialize<PresenceMessage>(payload.AsSpan(1), Json) is { Entries: not null } presence ? presence : null,
                ['A', ..] => JsonSerializer.Deserialize<AccessChangeMessage>(payload.AsSpan(1), Json),
                [OperationPayload.Prefix, ..] => OperationPayload.Decode(payload),
                ['L', ..] => JsonSerializer.Deserialize<PointerMessage>(payload.AsSpan(1), Json) is { ClientId: not null, UserId: not null, Name: not null, Colour: not null } pointer
                    ? pointer : null,
                _ => DesignChangeMessage.Parse(payload),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
