using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import;

/// <summary>
/// Reads a script one statement at a time into a reusable token buffer, splitting where
/// <see cref="SqlTokenizer.Tokenize"/> splits (terminators end a statement, a psql meta-command is a statement of its
/// own, empty statements are dropped). An import so holds the tokens of one statement, not of the whole file: for a
/// large dump the whole-file token array was the largest allocation of the import, on the large-object heap, and kept
/// alive until the design was assembled.
/// </summary>
internal sealed class SqlStatementReader
{
    private readonly SqlTokenizer tokenizer;
    private SqlToken[] buffer = new SqlToken[64];
    private int count;
    private SqlToken pending;
    private bool hasPending;
    private SqlToken terminator;
    private bool hasTerminator;

    public SqlStatementReader(string text, SqlLexicalRules rules, SourceLines lines) =>
        tokenizer = SqlTokenizer.Incremental(text, rules, lines);

    /// <summary>The tokens of the current statement (the first <see cref="Count"/> are valid).</summary>
    public SqlToken[] Tokens => buffer;

    /// <summary>Number of tokens in the current statement.</summary>
    public int Count => count;

    /// <summary>The largest number of tokens held at once so far (a guard for tests: it does not grow with the script).</summary>
    public int PeakCount { get; private set; }

    /// <summary>Lexical diagnostics found so far (complete once <see cref="ReadStatement"/> has returned false).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => tokenizer.Diagnostics;

    /// <summary>Replaces the buffer's content with the next statement; false at the end of the script.</summary>
    public bool ReadStatement()
    {
        count = 0;
        hasTerminator = false;
        return ReadInto(appending: false);
    }

    /// <summary>
    /// Appends the terminator(s) after the current statement and the next statement to the buffer, as one statement
    /// (a SQLite trigger body holds ';'-terminated statements up to END); false, and the buffer unchanged, when no
    /// statement follows.
    /// </summary>
    public bool AppendStatement()
    {
        var mark = count;
        if (hasTerminator) Append(terminator);
        hasTerminator = false;
        if (ReadInto(appending: true)) return true;
        count = mark;
        return false;
    }

    private bool ReadInto(bool appending)
    {
        var tokensRead = 0;
        while (Next(out var t))
        {
            switch (t.Kind)
            {
                case SqlTokenKind.Terminator when tokensRead == 0:
                    if (appending) Append(t);
                    continue;
                case SqlTokenKind.Terminator:
                    terminator = t;
                    hasTerminator = true;
                    return true;
                case SqlTokenKind.MetaCommand when tokensRead > 0:
                    pending = t;
                    hasPending = true;
                    return true;
                case SqlTokenKind.MetaCommand:
                    Append(t);
                    return true;
                default:
                    Append(t);
                    tokensRead++;
                    continue;
            }
        }
        return tokensRead > 0;
    }

    private bool Next(out SqlToken t)
    {
        if (hasPending)
        {
            hasPending = false;
            t = pending;
            return true;
        }
        return tokenizer.TryRead(out t);
    }

    private void Append(SqlToken t)
    {
        if (count == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        buffer[count++] = t;
        if (count > PeakCount) PeakCount = count;
    }
}
