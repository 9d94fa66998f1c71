using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import;

/// <summary>A tokenized SQL script: its text, tokens, statements and lexical diagnostics.</summary>
public sealed class SqlScript
{
    private int[]? lineStarts;

    internal SqlScript(string text, SqlToken[] tokens, IReadOnlyList<SqlStatementSpan> statements, IReadOnlyList<Diagnostic> diagnostics)
    {
        Text = text;
        Tokens = tokens;
        Statements = statements;
        Diagnostics = diagnostics;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>All tokens, terminators included; comments and whitespace are not tokens.</summary>
    public IReadOnlyList<SqlToken> Tokens { get; }

    /// <summary>Statements in source order (empty statements are dropped).</summary>
    public IReadOnlyList<SqlStatementSpan> Statements { get; }

    /// <summary>Unterminated strings, identifiers and comments.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    internal SqlToken[] TokenArray => (SqlToken[])Tokens;

    /// <summary>The text of a token.</summary>
    public string TextOf(SqlToken token) => Text.Substring(token.Start, token.Length);

    /// <summary>The exact source text of a statement, from its first to its last token.</summary>
    public string TextOf(SqlStatementSpan statement)
    {
        if (statement.TokenCount == 0) return "";
        var first = TokenArray[statement.FirstToken];
        var last = TokenArray[statement.EndToken - 1];
        return Text[first.Start..last.End];
    }

    /// <summary>1-based line and column of a character offset.</summary>
    public SourcePosition PositionOf(int offset)
    {
        lineStarts ??= ComputeLineStarts(Text);
        var index = Array.BinarySearch(lineStarts, offset);
        if (index < 0) index = ~index - 1;
        if (index < 0) index = 0;
        return new SourcePosition(index + 1, offset - lineStarts[index] + 1);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        return [.. starts];
    }
}
