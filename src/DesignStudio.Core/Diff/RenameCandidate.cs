namespace DesignStudio.Core.Diff;

/// <summary>
/// An object of the old design with no same-named counterpart that looks like an unmatched object of the new one
/// (same shape, other name): possibly a rename, to be confirmed by the caller (<see cref="ConfirmedRenames"/>).
/// </summary>
public sealed record RenameCandidate(RenameKind Kind, string OldId, string NewId, string OldName, string NewName)
{
    /// <summary>For a column: the table (old id) it belongs to.</summary>
    public string? TableOldId { get; init; }

    /// <summary>For a column: the table's name (in the new design), for display.</summary>
    public string? TableName { get; init; }

    /// <summary>Why the two look alike, in a sentence for the user (e.g. "same type integer and nullability; names 80% alike").</summary>
    public string Reason { get; init; } = "";

    /// <summary>How alike the two are, from 0 to 1 (candidates are listed best first).</summary>
    public double Similarity { get; init; }
}
