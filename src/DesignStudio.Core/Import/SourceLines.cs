using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import;

/// <summary>
/// Line and column of character offsets in a text, found by moving a cursor from the last offset asked for. An import
/// asks in source order (statement after statement), so the whole text is scanned about once, without a table of line
/// starts (an array as long as the file has lines, on the large-object heap for a big dump).
/// </summary>
internal sealed class SourceLines(string text)
{
    private int offset;
    private int line = 1;
    private int lineStart;

    /// <summary>Characters looked at so far (a guard for tests that the cost stays linear in the text's length).</summary>
    public long CharactersScanned { get; private set; }

    /// <summary>1-based line and column of <paramref name="target"/> (as <see cref="SqlScript.PositionOf"/> counts them).</summary>
    public SourcePosition PositionOf(int target)
    {
        var to = Math.Clamp(target, 0, text.Length);
        if (to >= offset)
        {
            var span = text.AsSpan(offset, to - offset);
            var newlines = span.Count('\n');
            if (newlines > 0)
            {
                line += newlines;
                lineStart = offset + span.LastIndexOf('\n') + 1;
            }
            CharactersScanned += to - offset;
        }
        else
        {
            var span = text.AsSpan(to, offset - to);
            var newlines = span.Count('\n');
            CharactersScanned += offset - to;
            if (newlines > 0)
            {
                line -= newlines;
                var before = text.AsSpan(0, to);
                lineStart = before.LastIndexOf('\n') + 1;
                CharactersScanned += to - lineStart;
            }
        }
        offset = to;
        return new SourcePosition(line, target - lineStart + 1);
    }
}
