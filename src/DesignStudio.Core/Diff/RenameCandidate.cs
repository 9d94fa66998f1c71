namespace DesignStudio.Core.Diff;

/// <summary>
/// An object of the old design with no same-named counterpart that looks like an unmatched object of the new one
/// (same shape, other name): possibly a rename, to be confirmed by the caller (<see cref="ConfirmedRenames"/>).
/// </summary>
public sealed record RenameCandidate(RenameKind Kind, string OldId, string NewId, string OldName, string NewName)
{
    /// <summary>For a column: the table (old id) it belongs to.</summary>
    public string? TableOldId { get; init; }
}
