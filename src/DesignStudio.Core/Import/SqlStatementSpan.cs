namespace DesignStudio.Core.Import;

/// <summary>One statement of a script: a run of tokens between terminators.</summary>
/// <param name="FirstToken">Index of its first token in <see cref="SqlScript.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens (terminator excluded).</param>
public readonly record struct SqlStatementSpan(int FirstToken, int TokenCount)
{
    /// <summary>Index just past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
