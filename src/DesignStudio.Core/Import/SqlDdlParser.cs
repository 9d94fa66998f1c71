using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import;

/// <summary>
/// The shared core of the recursive-descent DDL parsers: a token cursor over one statement at a time, the statement
/// loop that turns every failure into a diagnostic, and the grammar common to the dialects (tables, columns,
/// constraints, indexes). Dialect parsers add their statements, types and options.
/// </summary>
public abstract partial class SqlDdlParser
{
    private SqlStatementReader reader = null!;
    private SourceLines lines = null!;
    private SqlToken[] toks = [];
    private string src = "";
    private int pos;
    private int end;
    private int statementStart;
    private ImportContext ctx = null!;

    /// <summary>The dialect name (<see cref="Dialects.DialectNames"/>).</summary>
    public abstract string Dialect { get; }

    private protected abstract SqlLexicalRules Rules { get; }

    /// <summary>Parses a whole script into a design and a report. Never throws for any input text.</summary>
    public ImportResult Parse(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        src = sql;
        lines = new SourceLines(sql);
        reader = new SqlStatementReader(sql, Rules, lines);
        ctx = new ImportContext(Dialect, reader.Diagnostics);
        BeginScript();
        // One statement at a time: the tokens of a statement are dropped once it is parsed (see SqlStatementReader).
        while (reader.ReadStatement())
        {
            // Most dialects parse the reader's statement as it is; only those that split or join statements pay for an iterator.
            if (!SplitsStatements)
            {
                ParseStatementSafely(new SqlStatementSpan(0, reader.Count));
                continue;
            }
            foreach (var statement in SplitStatements(reader)) ParseStatementSafely(statement);
        }
        PeakStatementTokens = reader.PeakCount;
        PositionCharactersScanned = lines.CharactersScanned;
        toks = [];
        reader = null!;
        try
        {
            return ctx.Finish();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ctx.Error(ImportCodes.Internal, $"The importer failed while assembling the design ({e.GetType().Name}: {e.Message}).", null);
            return new ImportResult(new Model.Design { Name = "Imported" }, new ImportReport { Dialect = Dialect, Diagnostics = [new Diagnostic(ImportCodes.Internal, Severity.Error, "sql", e.Message)] });
        }
    }

    private void ParseStatementSafely(SqlStatementSpan statement)
    {
        toks = reader.Tokens;
        pos = statementStart = statement.FirstToken;
        end = statement.EndToken;
        try
        {
            ParseStatement();
        }
        catch (SqlSyntaxException e)
        {
            var kind = StatementKind();
            var message = $"Could not parse this {kind} statement ({e.Message}); it was skipped.";
            var at = lines.PositionOf(e.Offset);
            if (kind.StartsWith("CREATE TABLE", StringComparison.Ordinal) || kind.StartsWith("ALTER TABLE", StringComparison.Ordinal)) ctx.Error(ImportCodes.SyntaxError, message, at, kind);
            else ctx.Warn(ImportCodes.SyntaxError, message, at, kind);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ctx.Error(ImportCodes.Internal, $"The importer failed on this statement ({e.GetType().Name}: {e.Message}); it was skipped.", StatementPosition, StatementKind());
        }
    }

    /// <summary>Whether this dialect overrides <see cref="SplitStatements"/>.</summary>
    private protected virtual bool SplitsStatements => false;

    /// <summary>Resets per-script state before the first statement (a parser may parse several scripts).</summary>
    private protected virtual void BeginScript()
    {
    }

    /// <summary>
    /// The statements in the reader's current statement (token spans of <see cref="SqlStatementReader.Tokens"/>):
    /// SQL Server refines a batch into statements, SQLite appends a trigger's body.
    /// </summary>
    private protected virtual IEnumerable<SqlStatementSpan> SplitStatements(SqlStatementReader statement)
    {
        yield return new SqlStatementSpan(0, statement.Count);
    }

    /// <summary>The most tokens the last <see cref="Parse"/> held at once: one statement's, whatever the script's length.</summary>
    internal int PeakStatementTokens { get; private set; }

    /// <summary>Characters the last <see cref="Parse"/> scanned to turn offsets into lines and columns.</summary>
    internal long PositionCharactersScanned { get; private set; }

    /// <summary>Parses the statement between the cursor and <c>end</c>.</summary>
    private protected abstract void ParseStatement();

    private protected ImportContext Context => ctx;

    /// <summary>The source text.</summary>
    private protected string Text => src;

    /// <summary>The tokens of the current statement; indexes are those of <see cref="Position"/> and <see cref="End"/>.</summary>
    private protected SqlToken[] Tokens => toks;

    /// <summary>1-based line and column of a character offset.</summary>
    private protected SourcePosition PositionOf(int offset) => lines.PositionOf(offset);

    // ---- cursor ----

    private protected bool AtEnd => pos >= end;

    private protected int Position { get => pos; set => pos = value; }

    private protected int End => end;

    private protected SqlToken Token(int ahead = 0) =>
        pos + ahead < end ? toks[pos + ahead] : new SqlToken(SqlTokenKind.Terminator, EndOffset, 0);

    private int EndOffset => end > 0 && end <= toks.Length && end > statementStart ? toks[end - 1].End : pos < toks.Length ? toks[pos].Start : src.Length;

    private protected string TokenText(int ahead = 0) => Token(ahead) is { Length: > 0 } t ? src.Substring(t.Start, t.Length) : "";

    private protected SourcePosition StatementPosition => lines.PositionOf(statementStart < toks.Length ? toks[statementStart].Start : src.Length);

    private protected int StatementOffset => statementStart < toks.Length ? toks[statementStart].Start : src.Length;

    private protected SourcePosition PositionAt(int ahead = 0) => lines.PositionOf(Token(ahead).Start);

    private protected string StatementText => end > statementStart ? src[toks[statementStart].Start..toks[end - 1].End] : "";

    private protected int StatementStartToken => statementStart;

    private protected bool IsWord(string word, int ahead = 0)
    {
        var t = Token(ahead);
        return t.Kind == SqlTokenKind.Word && t.Length == word.Length && src.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    private protected bool IsAnyWord(params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (IsWord(w)) return true;
        }
        return false;
    }

    private protected bool IsSymbol(string symbol, int ahead = 0)
    {
        var t = Token(ahead);
        return t.Kind == SqlTokenKind.Symbol && t.Length == symbol.Length && src.AsSpan(t.Start, t.Length).SequenceEqual(symbol);
    }

    private protected bool AcceptWord(string word)
    {
        if (!IsWord(word)) return false;
        pos++;
        return true;
    }

    private protected bool AcceptWords(string first, string second)
    {
        if (!IsWord(first) || !IsWord(second, 1)) return false;
        pos += 2;
        return true;
    }

    private protected bool AcceptSymbol(string symbol)
    {
        if (!IsSymbol(symbol)) return false;
        pos++;
        return true;
    }

    private protected void ExpectWord(string word)
    {
        if (!AcceptWord(word)) throw Unexpected(word);
    }

    private protected void ExpectSymbol(string symbol)
    {
        if (!AcceptSymbol(symbol)) throw Unexpected("'" + symbol + "'");
    }

    private protected SqlSyntaxException Unexpected(string expected) =>
        new(AtEnd ? $"expected {expected} but the statement ended" : $"expected {expected} but found '{Shorten(TokenText())}'", Token().Start);

    private protected static string Shorten(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length > 120 ? s[..120] + "..." : s;
    }

    private protected void Advance() => pos = Math.Min(pos + 1, end);

    /// <summary>Whether the current token can name something (a word or a quoted identifier).</summary>
    private protected bool AtIdentifier => Token().Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier
        || Rules.DoubleQuotedStrings && Token().Kind == SqlTokenKind.String && src[Token().Start] == '"';

    /// <summary>Reads an identifier and returns it unquoted.</summary>
    private protected string Identifier()
    {
        if (!AtIdentifier) throw Unexpected("a name");
        var t = Token();
        // Names repeat (the same columns, tables and keys in many statements): one pooled string per distinct name.
        var text = t.Kind == SqlTokenKind.Word ? ctx.Strings.Get(src.AsSpan(t.Start, t.Length)) : ctx.Strings.Get(Unquote(t));
        pos++;
        return text;
    }

    /// <summary>Reads a dotted name; keeps the last two parts as schema and name.</summary>
    private protected QualifiedName QualifiedName()
    {
        var first = Identifier();
        string? schema = null;
        var name = first;
        while (IsSymbol(".") && Token(1).Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier)
        {
            pos++;
            schema = name;
            name = Identifier();
        }
        return new QualifiedName(schema, name);
    }

    /// <summary>The unquoted value of an identifier or string token.</summary>
    private protected string Unquote(SqlToken t) => SqlText.Unquote(src, t, Rules.BackslashEscapes);

    /// <summary>Reads a string literal's value.</summary>
    private protected string StringLiteral()
    {
        if (Token().Kind != SqlTokenKind.String) throw Unexpected("a string");
        var v = Unquote(Token());
        pos++;
        return v;
    }

    /// <summary>The source text from token <paramref name="fromToken"/> up to (not including) the cursor.</summary>
    private protected string TextFrom(int fromToken)
    {
        if (fromToken >= pos) return "";
        return src[toks[fromToken].Start..toks[pos - 1].End];
    }

    /// <summary>The source text from token <paramref name="fromToken"/> up to (not including) the cursor, without copying it.</summary>
    private protected ReadOnlySpan<char> TextSpanFrom(int fromToken) =>
        fromToken >= pos ? default : src.AsSpan(toks[fromToken].Start, toks[pos - 1].End - toks[fromToken].Start);

    /// <summary>Skips a parenthesized group starting at the cursor (iteratively, so any depth is fine).</summary>
    private protected void SkipParens()
    {
        if (!IsSymbol("(")) return;
        var depth = 0;
        while (!AtEnd)
        {
            if (IsSymbol("(")) depth++;
            else if (IsSymbol(")") && --depth == 0) { pos++; return; }
            pos++;
        }
        throw new SqlSyntaxException("a parenthesis is not closed", EndOffset);
    }

    /// <summary>Reads '(' ... ')' and returns the text inside.</summary>
    private protected string ParenthesizedText()
    {
        if (!IsSymbol("(")) throw Unexpected("'('");
        var open = pos;
        SkipParens();
        return src[toks[open].End..toks[pos - 1].Start].Trim();
    }

    /// <summary>
    /// Skips an expression up to a comma or closing parenthesis at depth 0, the end, or a word for which
    /// <paramref name="stop"/> holds at depth 0; returns its text.
    /// </summary>
    private protected string Expression(Func<bool>? stop = null)
    {
        var from = pos;
        SkipExpression(stop);
        return TextFrom(from);
    }

    /// <summary>Skips what <see cref="Expression"/> reads, without making its text.</summary>
    private protected void SkipExpression(Func<bool>? stop = null)
    {
        while (!AtEnd)
        {
            if (IsSymbol("(")) { SkipParens(); continue; }
            if (IsSymbol(",") || IsSymbol(")")) break;
            if (stop is not null && Token().Kind == SqlTokenKind.Word && stop()) break;
            pos++;
        }
    }

    /// <summary>Reads "(a, b, c)" as names.</summary>
    private protected List<string> IdentifierList()
    {
        ExpectSymbol("(");
        var names = new List<string>();
        while (!AtEnd && !IsSymbol(")"))
        {
            names.Add(Identifier());
            if (!AcceptSymbol(",")) break;
        }
        ExpectSymbol(")");
        return names;
    }

    /// <summary>Skips the rest of the statement.</summary>
    private protected void SkipRest() => pos = end;

    /// <summary>The first words of the statement, for messages (e.g. "CREATE TABLE").</summary>
    private protected string StatementKind()
    {
        // Built in a reused buffer and pooled: a dump has thousands of statements of a few kinds, each named in the report.
        var length = 0;
        var words = 0;
        for (var k = statementStart; k < end && words < 3; k++)
        {
            if (toks[k].Kind != SqlTokenKind.Word) break;
            var separator = words > 0 ? 1 : 0;
            if (kindBuffer.Length < length + separator + toks[k].Length) Array.Resize(ref kindBuffer, Math.Max(kindBuffer.Length * 2, length + separator + toks[k].Length));
            var w = kindBuffer.AsSpan(length + separator, toks[k].Length);
            src.AsSpan(toks[k].Start, toks[k].Length).ToUpperInvariant(w);
            if (words > 0 && w is "ONLY" or "IF" or "OR" or "REPLACE" or "UNIQUE" or "TEMP" or "TEMPORARY" or "UNLOGGED") continue;
            if (separator == 1) kindBuffer[length] = ' ';
            length += separator + w.Length;
            words++;
            if (w is not ("CREATE" or "ALTER" or "DROP" or "COMMENT")) break;
        }
        return words == 0 ? "unknown" : ctx.Strings.Get(kindBuffer.AsSpan(0, length));
    }

    private char[] kindBuffer = new char[64];

    /// <summary>Reports the statement as unknown and skips it.</summary>
    private protected void SkipUnknown()
    {
        ctx.Warn(ImportCodes.UnknownStatement, $"Statement '{Shorten(StatementKind())}' is not supported by the {Dialect} importer; it was skipped.", StatementPosition, StatementKind());
        SkipRest();
    }

    /// <summary>Records the statement as ignored on purpose, with why.</summary>
    private protected void Ignore(string why, string? name = null)
    {
        ctx.Ignored(StatementKind(), name, why, StatementPosition);
        SkipRest();
    }

    /// <summary>Keeps the whole statement verbatim.</summary>
    private protected void KeepVerbatim(string kind, string? name)
    {
        ctx.Verbatim(kind, name, VerbatimText(), StatementPosition, StatementOffset);
        SkipRest();
    }

    /// <summary>The text kept for a verbatim statement; a dialect may rewrite what only makes sense in the source database.</summary>
    private protected virtual string VerbatimText() => StatementText;
}
