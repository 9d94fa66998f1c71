using System.Text;

namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>A cursor over one line of relation or dependency text, tracking the 1-based column.</summary>
internal sealed class TextScanner(string text)
{
    private int pos;

    public int Column => pos + 1;

    public bool AtEnd => pos >= text.Length;

    public bool AtArrow => At('→') || (At('-') && pos + 1 < text.Length && text[pos + 1] == '>');

    public bool At(char c) => pos < text.Length && text[pos] == c;

    public bool Accept(char c)
    {
        if (!At(c)) return false;
        pos++;
        return true;
    }

    public bool AcceptArrow()
    {
        if (Accept('→')) return true;
        if (!AtArrow) return false;
        pos += 2;
        return true;
    }

    public void SkipSpaces()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
    }

    /// <summary>A bare name (letters, digits, '_', '$') or a double-quoted one ("" escapes a quote); null if none.</summary>
    public string? ReadIdentifier()
    {
        if (At('"'))
        {
            var start = pos;
            var sb = new StringBuilder();
            pos++;
            while (pos < text.Length)
            {
                if (text[pos] == '"')
                {
                    if (pos + 1 < text.Length && text[pos + 1] == '"')
                    {
                        sb.Append('"');
                        pos += 2;
                        continue;
                    }
                    pos++;
                    return sb.Length == 0 ? Fail(start) : sb.ToString();
                }
                sb.Append(text[pos++]);
            }
            return Fail(start);
        }
        var begin = pos;
        while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] is '_' or '$')) pos++;
        return pos == begin ? null : text[begin..pos];
    }

    private string? Fail(int start)
    {
        pos = start;
        return null;
    }
}
