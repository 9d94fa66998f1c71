using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import;

/// <summary>One line of an import report.</summary>
/// <param name="Kind">What the object or statement is: table, index, view, SET, ...</param>
/// <param name="Name">Its name, where it has one.</param>
/// <param name="Detail">What happened and why (how it was approximated, why it was skipped).</param>
/// <param name="Position">Where it starts in the source (1-based line and column).</param>
public sealed record ImportEntry(string Kind, string? Name, string Detail, SourcePosition? Position)
{
    /// <inheritdoc />
    public override string ToString() =>
        (Position is { } p ? $"{p.Line}:{p.Column} " : "") + Kind + (Name is null ? "" : " " + Name) + (Detail.Length == 0 ? "" : ": " + Detail);
}
