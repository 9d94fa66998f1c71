namespace DesignStudio.Core.Import;

/// <summary>A token: its kind and where its text lies in the source (UTF-16 offset and length).</summary>
/// <param name="Kind">The kind of token.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct SqlToken(SqlTokenKind Kind, int Start, int Length)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}
