using System.Globalization;
using System.Text;
using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import.Dbml;

/// <summary>
/// Splits DBML text into tokens with 1-based line:column positions. Comments and whitespace are dropped; a token
/// records whether a line break preceded it. Lexical errors (unterminated strings, comments) become diagnostics and
/// the tokenizer carries on.
/// </summary>
internal sealed class DbmlTokenizer
{
    private readonly string text;
    private readonly List<int> lineStarts = [0];
    private readonly List<DbmlToken> tokens = [];
    private readonly List<Diagnostic> diagnostics;
    private int pos;
    private bool lineStart = true;

    private DbmlTokenizer(string text, List<Diagnostic> diagnostics)
    {
        this.text = text;
        this.diagnostics = diagnostics;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') lineStarts.Add(i + 1);
        }
    }

    /// <summary>Tokenizes <paramref name="text"/>; the list always ends with an <see cref="DbmlTokenKind.End"/> token.</summary>
    public static List<DbmlToken> Tokenize(string text, List<Diagnostic> diagnostics)
    {
        var t = new DbmlTokenizer(text, diagnostics);
        t.Run();
        return t.tokens;
    }

    /// <summary>The 1-based line and column of a character offset.</summary>
    public SourcePosition PositionOf(int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return new SourcePosition(line + 1, offset - lineStarts[line] + 1);
    }

    private void Run()
    {
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '\n') { lineStart = true; pos++; continue; }
            if (char.IsWhiteSpace(c)) { pos++; continue; }
            if (c == '/' && Peek(1) == '/')
            {
                while (pos < text.Length && text[pos] != '\n') pos++;
                continue;
            }
            if (c == '/' && Peek(1) == '*')
            {
                SkipBlockComment();
                continue;
            }
            var start = pos;
            switch (c)
            {
                case '{': Single(DbmlTokenKind.LeftBrace); break;
                case '}': Single(DbmlTokenKind.RightBrace); break;
                case '[': Single(DbmlTokenKind.LeftBracket); break;
                case ']': Single(DbmlTokenKind.RightBracket); break;
                case '(': Single(DbmlTokenKind.LeftParen); break;
                case ')': Single(DbmlTokenKind.RightParen); break;
                case ',': Single(DbmlTokenKind.Comma); break;
                case ':': Single(DbmlTokenKind.Colon); break;
                case '.': Single(DbmlTokenKind.Dot); break;
                case '>': Single(DbmlTokenKind.Greater); break;
                case '-': Single(DbmlTokenKind.Minus); break;
                case '~': Single(DbmlTokenKind.Tilde); break;
                case '<':
                    if (Peek(1) == '>') { pos += 2; Add(DbmlTokenKind.ManyToMany, "<>", start); }
                    else Single(DbmlTokenKind.Less);
                    break;
                case '\'':
                    if (Peek(1) == '\'' && Peek(2) == '\'') ReadMultiLineString();
                    else ReadQuoted('\'', DbmlTokenKind.String, "string");
                    break;
                case '"': ReadQuoted('"', DbmlTokenKind.QuotedIdentifier, "quoted name"); break;
                case '`': ReadExpression(); break;
                case '#':
                    pos++;
                    while (pos < text.Length && char.IsLetterOrDigit(text[pos])) pos++;
                    Add(DbmlTokenKind.Color, text[start..pos], start);
                    break;
                default:
                    if (char.IsLetterOrDigit(c) || c == '_' || c == '$') ReadWordOrNumber();
                    else
                    {
                        pos += char.IsSurrogatePair(text, pos) ? 2 : 1;
                        Add(DbmlTokenKind.Other, text[start..pos], start);
                    }
                    break;
            }
        }
        tokens.Add(new DbmlToken(DbmlTokenKind.End, "", PositionOf(text.Length), true, text.Length));
    }

    private char Peek(int ahead) => pos + ahead < text.Length ? text[pos + ahead] : '\0';

    private void Single(DbmlTokenKind kind)
    {
        Add(kind, text[pos].ToString(), pos);
        pos++;
    }

    private void Add(DbmlTokenKind kind, string value, int start)
    {
        tokens.Add(new DbmlToken(kind, value, PositionOf(start), lineStart, start));
        lineStart = false;
    }

    private void Error(string code, int offset, string message) =>
        diagnostics.Add(new Diagnostic(code, Severity.Error, "dbml", message) { Position = PositionOf(offset) });

    private void SkipBlockComment()
    {
        var start = pos;
        var end = text.IndexOf("*/", pos + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            Error(DbmlDiagnosticCodes.Lexical, start, "Unterminated /* comment.");
            pos = text.Length;
            return;
        }
        for (var i = pos; i < end; i++)
        {
            if (text[i] == '\n') lineStart = true;
        }
        pos = end + 2;
    }

    private void ReadWordOrNumber()
    {
        var start = pos;
        while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] == '_' || text[pos] == '$')) pos++;
        var word = text[start..pos];
        if (!IsDigits(word))
        {
            if (IsExponentNumber(word, start)) return;
            Add(DbmlTokenKind.Identifier, word, start);
            return;
        }
        // A number: digits, optional fraction, optional exponent.
        if (Peek(0) == '.' && char.IsAsciiDigit(Peek(1)))
        {
            pos++;
            while (pos < text.Length && char.IsAsciiDigit(text[pos])) pos++;
        }
        if ((Peek(0) is 'e' or 'E') && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            pos += 2;
            while (pos < text.Length && char.IsAsciiDigit(text[pos])) pos++;
        }
        Add(DbmlTokenKind.Number, text[start..pos], start);
    }

    // "1e5" is read as one word first; it is a number, not a name.
    private bool IsExponentNumber(string word, int start)
    {
        var e = word.IndexOfAny(['e', 'E']);
        if (e <= 0 || !IsDigits(word[..e])) return false;
        if (e + 1 < word.Length && IsDigits(word[(e + 1)..]))
        {
            Add(DbmlTokenKind.Number, word, start);
            return true;
        }
        if (e == word.Length - 1 && Peek(0) is '+' or '-' && char.IsAsciiDigit(Peek(1)))
        {
            pos++;
            while (pos < text.Length && char.IsAsciiDigit(text[pos])) pos++;
            Add(DbmlTokenKind.Number, text[start..pos], start);
            return true;
        }
        return false;
    }

    private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    private void ReadQuoted(char quote, DbmlTokenKind kind, string what)
    {
        var start = pos;
        pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (pos >= text.Length || text[pos] == '\n')
            {
                Error(DbmlDiagnosticCodes.Lexical, start, $"Unterminated {what}: a closing {quote} is missing on this line.");
                break;
            }
            var c = text[pos];
            if (c == quote) { pos++; break; }
            if (c == '\\') { ReadEscape(sb); continue; }
            if (c != '\r') sb.Append(c);
            pos++;
        }
        Add(kind, sb.ToString(), start);
    }

    private void ReadMultiLineString()
    {
        var start = pos;
        pos += 3;
        var sb = new StringBuilder();
        var closed = false;
        while (pos < text.Length)
        {
            if (text[pos] == '\'' && Peek(1) == '\'' && Peek(2) == '\'') { pos += 3; closed = true; break; }
            if (text[pos] == '\\') { ReadEscape(sb); continue; }
            if (text[pos] != '\r') sb.Append(text[pos]);
            pos++;
        }
        if (!closed) Error(DbmlDiagnosticCodes.Lexical, start, "Unterminated ''' string.");
        Add(DbmlTokenKind.String, Dedent(sb.ToString()), start);
    }

    /// <summary>Block-string rule of DBML: drop a blank first and last line, remove the common indentation.</summary>
    internal static string Dedent(string raw)
    {
        var lines = raw.Split('\n').ToList();
        if (lines.Count > 1 && string.IsNullOrWhiteSpace(lines[0])) lines.RemoveAt(0);
        if (lines.Count > 1 && string.IsNullOrWhiteSpace(lines[^1])) lines.RemoveAt(lines.Count - 1);
        var indent = lines.Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Length - l.TrimStart(' ', '\t').Length)
            .DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart(' ', '\t')));
    }

    private void ReadEscape(StringBuilder sb)
    {
        var start = pos;
        pos++;
        if (pos >= text.Length) { sb.Append('\\'); return; }
        var c = text[pos++];
        switch (c)
        {
            case '\n': break;
            case '\r': if (Peek(0) == '\n') pos++; break;
            case 't': sb.Append('\t'); break;
            case 'n': sb.Append('\n'); break;
            case 'r': sb.Append('\r'); break;
            case '0': sb.Append('\0'); break;
            case 'b': sb.Append('\b'); break;
            case 'f': sb.Append('\f'); break;
            case 'v': sb.Append('\v'); break;
            case 'u':
                if (pos + 4 <= text.Length && int.TryParse(text.AsSpan(pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    sb.Append((char)code);
                    pos += 4;
                }
                else
                {
                    Error(DbmlDiagnosticCodes.Lexical, start, "Invalid unicode escape: expected \\uHHHH.");
                    sb.Append("\\u");
                }
                break;
            default: sb.Append(c); break;
        }
    }

    private void ReadExpression()
    {
        var start = pos;
        var end = text.IndexOf('`', pos + 1);
        if (end < 0)
        {
            Error(DbmlDiagnosticCodes.Lexical, start, "Unterminated `expression`.");
            end = text.Length;
            Add(DbmlTokenKind.Expression, text[(start + 1)..end], start);
            pos = end;
            return;
        }
        Add(DbmlTokenKind.Expression, text[(start + 1)..end], start);
        pos = end + 1;
    }
}
