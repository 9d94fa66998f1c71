namespace DesignStudio.Core.Diff;

/// <summary>Renames the caller confirmed: old object id to new object id (tables and columns).</summary>
public sealed class ConfirmedRenames
{
    private readonly Dictionary<string, string> newToOld = new(StringComparer.Ordinal);

    /// <summary>No confirmed renames.</summary>
    public static ConfirmedRenames None => new();

    /// <summary>Confirms that <paramref name="newId"/> is <paramref name="oldId"/> renamed.</summary>
    public ConfirmedRenames Confirm(string oldId, string newId)
    {
        newToOld[newId] = oldId;
        return this;
    }

    /// <summary>Confirms a candidate.</summary>
    public ConfirmedRenames Confirm(RenameCandidate candidate) => Confirm(candidate.OldId, candidate.NewId);

    /// <summary>The old id confirmed for <paramref name="newId"/>, or null.</summary>
    public string? OldIdOf(string newId) => newToOld.GetValueOrDefault(newId);
}
