using System.Text;
using System.Text.Json;
using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Serialization;

/// <summary>
/// Where each value of a JSON text starts (1-based line and character column), keyed by its JSON path
/// (<c>$.design.tables[0].name</c>). Built in one pass with <see cref="Utf8JsonReader"/>, which also finds syntax errors
/// and duplicate properties with their positions, so later shape errors can point into the file.
/// </summary>
internal sealed class JsonPositionIndex
{
    private readonly byte[] utf8;
    private readonly List<int> lineStarts = [0];
    private readonly Dictionary<string, int> offsets = new(StringComparer.Ordinal);

    private JsonPositionIndex(byte[] utf8)
    {
        this.utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n') lineStarts.Add(i + 1);
        }
    }

    /// <summary>Indexes <paramref name="utf8"/>; returns null and sets <paramref name="error"/> when the JSON is malformed.</summary>
    public static JsonPositionIndex? Build(byte[] utf8, out Diagnostic? error)
    {
        var index = new JsonPositionIndex(utf8);
        error = index.Scan();
        return error is null ? index : null;
    }

    /// <summary>The position of the value at <paramref name="path"/>, or of its nearest indexed ancestor.</summary>
    public SourcePosition? Find(string path)
    {
        var p = path;
        while (true)
        {
            if (offsets.TryGetValue(p, out var offset)) return PositionOf(offset);
            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 0) return null;
            p = p[..cut];
        }
    }

    private Diagnostic? Scan()
    {
        var invalidAt = FirstInvalidUtf8(utf8);
        if (invalidAt >= 0)
        {
            return new Diagnostic(DesignFileCodes.MalformedJson, Severity.Error, "$",
                "The file is not valid UTF-8 text (save it as UTF-8).") { Position = PositionOf(invalidAt) };
        }
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        // One frame per open container: its path, the next array index, and the property names seen so far.
        var frames = new Stack<Frame>();
        string? pendingProperty = null;
        var offset = 0;
        try
        {
            while (reader.Read())
            {
                offset = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        var frame = frames.Peek();
                        if (!frame.Names!.Add(name))
                        {
                            return new Diagnostic(DesignFileCodes.MalformedJson, Severity.Error, frame.Path,
                                $"Duplicate property '{name}' in the same object.") { Position = PositionOf(offset) };
                        }
                        pendingProperty = name;
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var path = NextPath(frames, pendingProperty);
                        offsets[path] = offset;
                        frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                        pendingProperty = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        // Decoding every string now finds escapes such as an unpaired "\ud800" before binding does.
                        if (reader.TokenType == JsonTokenType.String) reader.GetString();
                        offsets[NextPath(frames, pendingProperty)] = offset;
                        pendingProperty = null;
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var bytesInLine = (int)(e.BytePositionInLine ?? 0);
            return new Diagnostic(DesignFileCodes.MalformedJson, Severity.Error, "$", "Malformed JSON: " + CleanMessage(e.Message))
            {
                Position = PositionOfLineByte(line, bytesInLine),
            };
        }
        catch (InvalidOperationException)
        {
            return new Diagnostic(DesignFileCodes.MalformedJson, Severity.Error, "$",
                "Malformed JSON: the string holds an escape that is not valid Unicode (an unpaired surrogate such as \\ud800).")
            {
                Position = PositionOf(offset),
            };
        }
        return null;
    }

    /// <summary>Offset of the first byte that is not part of valid UTF-8, or -1.</summary>
    private static int FirstInvalidUtf8(byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return -1;
        var chars = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
        return read;
    }

    private static string NextPath(Stack<Frame> frames, string? property)
    {
        if (frames.Count == 0) return "$";
        var parent = frames.Peek();
        if (property is not null) return parent.Path + "." + property;
        return parent.Path + "[" + parent.NextIndex++ + "]";
    }

    /// <summary>Strips System.Text.Json's " LineNumber: n | BytePositionInLine: m." suffix; we report positions ourselves.</summary>
    internal static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut >= 0 ? message[..cut] : message;
        return text.TrimEnd(' ', '|', '.') + ".";
    }

    private SourcePosition PositionOf(int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return PositionOfLineByte(line, offset - lineStarts[line]);
    }

    /// <summary>Converts a 0-based line and byte offset within it into a 1-based line and character column.</summary>
    private SourcePosition PositionOfLineByte(int line, int bytesInLine)
    {
        if (line >= lineStarts.Count) line = lineStarts.Count - 1;
        var start = lineStarts[line];
        var length = Math.Clamp(bytesInLine, 0, utf8.Length - start);
        return new SourcePosition(line + 1, Encoding.UTF8.GetCharCount(utf8, start, length) + 1);
    }

    private sealed class Frame(string path, HashSet<string>? names)
    {
        public string Path { get; } = path;
        public HashSet<string>? Names { get; } = names;
        public int NextIndex { get; set; }
    }
}
