using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import;

/// <summary>
/// Splits SQL text into tokens and statements in one linear pass, honouring the quoting, comment and client-directive
/// rules of a dialect (<see cref="SqlLexicalRules"/>). Never throws on any input: unterminated constructs run to the
/// end of the text and are reported as diagnostics.
/// </summary>
public sealed class SqlTokenizer
{
    private readonly string s;
    private readonly SqlLexicalRules rules;
    private readonly SourceLines lines;
    private readonly List<Diagnostic> diagnostics = [];
    private string delimiter = ";";
    private bool inExecutableComment;
    private bool lineBlank = true;
    private bool finished;
    private bool produced;
    private SqlToken token;
    private int i;

    private SqlTokenizer(string text, SqlLexicalRules rules, SourceLines lines)
    {
        s = text;
        this.rules = rules;
        this.lines = lines;
    }

    /// <summary>Tokenizes <paramref name="text"/> and splits it into statements.</summary>
    public static SqlScript Tokenize(string text, SqlLexicalRules rules)
    {
        var t = new SqlTokenizer(text, rules, new SourceLines(text));
        var tokens = new List<SqlToken>();
        while (t.TryRead(out var token)) tokens.Add(token);
        var array = tokens.ToArray();
        return new SqlScript(text, array, Split(array), t.diagnostics);
    }

    /// <summary>
    /// A tokenizer that hands out one token at a time (<see cref="TryRead"/>), so a reader can keep one statement's
    /// tokens instead of the whole script's; positions of its diagnostics come from <paramref name="lines"/>.
    /// </summary>
    internal static SqlTokenizer Incremental(string text, SqlLexicalRules rules, SourceLines lines) => new(text, rules, lines);

    /// <summary>Unterminated strings, identifiers and comments found so far.</summary>
    internal IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>Reads the next token (terminators included); false at the end of the text.</summary>
    internal bool TryRead(out SqlToken next)
    {
        produced = false;
        while (!produced && i < s.Length) Step();
        if (!produced && !finished)
        {
            finished = true;
            if (inExecutableComment) Report(s.Length, "An executable comment /*! ... */ is not closed.");
        }
        next = token;
        return produced;
    }

    private static List<SqlStatementSpan> Split(SqlToken[] tokens)
    {
        var statements = new List<SqlStatementSpan>();
        var start = 0;
        for (var k = 0; k <= tokens.Length; k++)
        {
            var kind = k < tokens.Length ? tokens[k].Kind : SqlTokenKind.Terminator;
            if (kind == SqlTokenKind.MetaCommand)
            {
                if (k > start) statements.Add(new SqlStatementSpan(start, k - start));
                statements.Add(new SqlStatementSpan(k, 1));
                start = k + 1;
            }
            else if (kind == SqlTokenKind.Terminator)
            {
                if (k > start) statements.Add(new SqlStatementSpan(start, k - start));
                start = k + 1;
            }
        }
        return statements;
    }

    /// <summary>Consumes whitespace, a comment or one token (which <see cref="Add"/> records).</summary>
    private void Step()
    {
        var c = s[i];
        if (c == '\n') { lineBlank = true; i++; return; }
        if (char.IsWhiteSpace(c) || c == '\uFEFF') { i++; return; }
        if (lineBlank && TryLineDirective()) return;
        lineBlank = false;
        if (delimiter != ";" && string.CompareOrdinal(s, i, delimiter, 0, delimiter.Length) == 0)
        {
            Add(SqlTokenKind.Terminator, i, delimiter.Length);
            return;
        }
        switch (c)
        {
            case ';' when delimiter == ";":
                Add(SqlTokenKind.Terminator, i, 1);
                return;
            case '-' when Next(1) == '-':
                SkipToEndOfLine();
                return;
            case '#' when rules.HashComments:
                SkipToEndOfLine();
                return;
            case '/' when Next(1) == '*':
                BlockComment();
                return;
            case '*' when inExecutableComment && Next(1) == '/':
                inExecutableComment = false;
                i += 2;
                return;
            case '\'':
                Quoted(SqlTokenKind.String, i, '\'', rules.BackslashEscapes);
                return;
            case '"':
                Quoted(rules.DoubleQuotedStrings ? SqlTokenKind.String : SqlTokenKind.QuotedIdentifier, i, '"', rules.BackslashEscapes);
                return;
            case '`' when rules.Backticks:
                Quoted(SqlTokenKind.QuotedIdentifier, i, '`', false);
                return;
            case '[' when rules.Brackets:
                Quoted(SqlTokenKind.QuotedIdentifier, i, ']', false);
                return;
            case '$' when rules.DollarQuotes && TryDollarQuote():
                return;
        }
        if ((c is 'N' or 'n' or 'X' or 'x' or 'B' or 'b') && Next(1) == '\'')
        {
            var start = i++;
            Quoted(SqlTokenKind.String, start, '\'', rules.BackslashEscapes);
            return;
        }
        if ((c is 'E' or 'e') && rules.DollarQuotes && Next(1) == '\'')
        {
            var start = i++;
            Quoted(SqlTokenKind.String, start, '\'', true);
            return;
        }
        if (IsWordStart(c)) { Word(); return; }
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Next(1)))) { Number(); return; }
        Symbol();
    }

    private char Next(int ahead) => i + ahead < s.Length ? s[i + ahead] : '\0';

    private void Add(SqlTokenKind kind, int start, int length)
    {
        token = new SqlToken(kind, start, length);
        produced = true;
        i = start + length;
    }

    private void Report(int offset, string message) =>
        diagnostics.Add(new Diagnostic(ImportCodes.Lexical, Severity.Warning, "sql", message) { Position = lines.PositionOf(offset) });

    private static bool IsWordStart(char c) => char.IsAsciiLetter(c) || c == '_' || c > 127 && char.IsLetter(c);

    private static bool IsWordPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$' || c > 127 && char.IsLetterOrDigit(c);

    private int EndOfLine()
    {
        var k = s.IndexOf('\n', i);
        return k < 0 ? s.Length : k;
    }

    private void SkipToEndOfLine() => i = EndOfLine();

    private bool TryLineDirective()
    {
        if (rules.PsqlMetaCommands && s[i] == '\\')
        {
            Add(SqlTokenKind.MetaCommand, i, EndOfLine() - i);
            return true;
        }
        if (rules.DelimiterDirective && MatchesWord("DELIMITER") && i + 9 < s.Length && s[i + 9] is ' ' or '\t')
        {
            var eol = EndOfLine();
            var rest = s[(i + 9)..eol].Trim();
            var space = rest.IndexOfAny([' ', '\t']);
            var newDelimiter = space < 0 ? rest : rest[..space];
            if (newDelimiter.Length == 0) return false;
            Add(SqlTokenKind.Terminator, i, 0);
            delimiter = newDelimiter;
            i = eol;
            return true;
        }
        if (rules.GoSeparator && MatchesWord("GO"))
        {
            var eol = EndOfLine();
            var k = i + 2;
            while (k < eol && (char.IsWhiteSpace(s[k]) || char.IsAsciiDigit(s[k]))) k++;
            if (k < eol && !(s[k] == '-' && k + 1 < eol && s[k + 1] == '-')) return false;
            Add(SqlTokenKind.Terminator, i, 2);
            i = eol;
            return true;
        }
        return false;
    }

    private bool MatchesWord(string word)
    {
        if (i + word.Length > s.Length) return false;
        if (!s.AsSpan(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)) return false;
        return i + word.Length == s.Length || !IsWordPart(s[i + word.Length]);
    }

    private void BlockComment()
    {
        var start = i;
        if (rules.ExecutableComments && !inExecutableComment && IsExecutableComment(out var contentStart))
        {
            // The content of /*!NNNNN ... */ is SQL for servers of at least version NNNNN: tokenize it.
            i = contentStart;
            inExecutableComment = true;
            return;
        }
        var depth = 0;
        while (i < s.Length)
        {
            if (s[i] == '/' && Next(1) == '*' && (depth == 0 || rules.NestedBlockComments)) { depth++; i += 2; continue; }
            if (s[i] == '*' && Next(1) == '/')
            {
                depth--;
                i += 2;
                if (depth == 0) return;
                continue;
            }
            i++;
        }
        Report(start, "A block comment is not closed before the end of the text.");
    }

    private bool IsExecutableComment(out int contentStart)
    {
        contentStart = 0;
        var mariaOnly = Next(2) == 'M' && Next(3) == '!';
        if (Next(2) != '!' && !mariaOnly) return false;
        var k = i + (mariaOnly ? 4 : 3);
        var digits = k;
        while (k < s.Length && char.IsAsciiDigit(s[k])) k++;
        contentStart = k;
        if (mariaOnly) return rules.MariaDbExecutableComments;
        var version = k - digits == 5 ? int.Parse(s.AsSpan(digits, 5), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return !(rules.MariaDbExecutableComments && version >= 50700);
    }

    private void Quoted(SqlTokenKind kind, int start, char close, bool backslash)
    {
        var k = i + 1;
        while (k < s.Length)
        {
            var c = s[k];
            if (backslash && c == '\\') { k += 2; continue; }
            if (c == close)
            {
                if (k + 1 < s.Length && s[k + 1] == close) { k += 2; continue; }
                Add(kind, start, k + 1 - start);
                return;
            }
            k++;
        }
        Report(start, kind == SqlTokenKind.String ? "A string literal is not closed before the end of the text." : "A quoted identifier is not closed before the end of the text.");
        Add(kind, start, s.Length - start);
    }

    private bool TryDollarQuote()
    {
        var k = i + 1;
        while (k < s.Length && (IsWordPart(s[k]) && s[k] != '$')) k++;
        if (k >= s.Length || s[k] != '$') return false;
        if (k > i + 1 && char.IsAsciiDigit(s[i + 1])) return false;
        var tag = s.Substring(i, k - i + 1);
        var close = s.IndexOf(tag, k + 1, StringComparison.Ordinal);
        if (close < 0)
        {
            Report(i, $"A dollar-quoted string {tag} is not closed before the end of the text.");
            Add(SqlTokenKind.String, i, s.Length - i);
            return true;
        }
        Add(SqlTokenKind.String, i, close + tag.Length - i);
        return true;
    }

    private void Word()
    {
        var start = i;
        var k = i + 1;
        while (k < s.Length && IsWordPart(s[k])) k++;
        Add(SqlTokenKind.Word, start, k - start);
    }

    private void Number()
    {
        var start = i;
        var k = i;
        if (s[k] == '0' && k + 1 < s.Length && s[k + 1] is 'x' or 'X')
        {
            k += 2;
            while (k < s.Length && char.IsAsciiHexDigit(s[k])) k++;
            Add(SqlTokenKind.Number, start, k - start);
            return;
        }
        while (k < s.Length && char.IsAsciiDigit(s[k])) k++;
        if (k < s.Length && s[k] == '.' && !(k + 1 < s.Length && s[k + 1] == '.'))
        {
            k++;
            while (k < s.Length && char.IsAsciiDigit(s[k])) k++;
        }
        if (k + 1 < s.Length && s[k] is 'e' or 'E' && (char.IsAsciiDigit(s[k + 1]) || s[k + 1] is '+' or '-' && k + 2 < s.Length && char.IsAsciiDigit(s[k + 2])))
        {
            k += 2;
            while (k < s.Length && char.IsAsciiDigit(s[k])) k++;
        }
        Add(SqlTokenKind.Number, start, k - start);
    }

    private void Symbol()
    {
        const string operatorChars = "+-*/<>=~!@#%^&|?:";
        var start = i;
        var c = s[i];
        if (operatorChars.IndexOf(c) < 0)
        {
            Add(SqlTokenKind.Symbol, start, 1);
            return;
        }
        var k = i + 1;
        while (k < s.Length && operatorChars.IndexOf(s[k]) >= 0)
        {
            if (s[k] == '-' && k + 1 < s.Length && s[k + 1] == '-') break;
            if (s[k] == '/' && k + 1 < s.Length && s[k + 1] == '*') break;
            if (s[k] == '*' && inExecutableComment && k + 1 < s.Length && s[k + 1] == '/') break;
            if (s[k] == '#' && rules.HashComments) break;
            k++;
        }
        Add(SqlTokenKind.Symbol, start, k - start);
    }
}
