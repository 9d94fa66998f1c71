using DesignStudio.Core.Diff;
using DesignStudio.Core.Model;
using DesignStudio.Web.Services.Versions;

namespace DesignStudio.Web.Services.SchemaCompare;

/// <summary>
/// Two imported SQL schemas compared by name: the rename candidates with the user's decision on each (confirmed,
/// rejected or still open), and, from the confirmed renames, the pair whose diff and migration scripts the page shows.
/// Immutable: each decision gives a new comparison.
/// </summary>
public sealed class SchemaComparison
{
    /// <summary>The migration's name in downloaded files.</summary>
    public const string MigrationName = "schema_compare";

    private readonly IReadOnlyDictionary<RenameCandidate, bool> decisions;

    private SchemaComparison(Design old, Design @new, IReadOnlyList<RenameCandidate> candidates, IReadOnlyDictionary<RenameCandidate, bool> decisions)
    {
        Old = old;
        New = @new;
        Candidates = candidates;
        this.decisions = decisions;
        var confirmed = new ConfirmedRenames();
        foreach (var c in candidates.Where(c => decisions.GetValueOrDefault(c))) confirmed.Confirm(c);
        Pair = ComparedPair.Unversioned(old, NameMatcher.Align(old, @new, confirmed), "old schema", "new schema", MigrationName);
        View = DesignDiffView.Build(Pair.From, Pair.To);
    }

    /// <summary>The old schema as imported.</summary>
    public Design Old { get; }

    /// <summary>The new schema as imported (its own ids).</summary>
    public Design New { get; }

    /// <summary>Rename candidates, tables first, best first.</summary>
    public IReadOnlyList<RenameCandidate> Candidates { get; }

    /// <summary>The old schema and the new one aligned to it (shared names and confirmed renames carry the old ids).</summary>
    public ComparedPair Pair { get; }

    /// <summary>The diff of <see cref="Pair"/> for the list and the canvas.</summary>
    public DesignDiffView View { get; }

    /// <summary>Starts a comparison of <paramref name="old"/> and <paramref name="new"/> with every candidate open.</summary>
    public static SchemaComparison Start(Design old, Design @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        return new SchemaComparison(old, @new, NameMatcher.Match(old, @new), new Dictionary<RenameCandidate, bool>());
    }

    /// <summary>The decision on <paramref name="candidate"/>: true confirmed, false rejected, null open.</summary>
    public bool? DecisionOn(RenameCandidate candidate) => decisions.TryGetValue(candidate, out var d) ? d : null;

    /// <summary>The confirmed candidate that rules <paramref name="candidate"/> out (same old or same new object), if any.</summary>
    public RenameCandidate? ConflictOf(RenameCandidate candidate) =>
        Candidates.FirstOrDefault(c => c != candidate && decisions.GetValueOrDefault(c) && c.Kind == candidate.Kind && (c.OldId == candidate.OldId || c.NewId == candidate.NewId));

    /// <summary>
    /// The comparison with <paramref name="candidate"/> confirmed (true), rejected (false) or reopened (null). A
    /// candidate that conflicts with a confirmed one cannot be confirmed: the comparison is returned unchanged.
    /// </summary>
    public SchemaComparison Decide(RenameCandidate candidate, bool? confirmed)
    {
        if (!Candidates.Contains(candidate) || (confirmed == true && ConflictOf(candidate) is not null)) return this;
        var next = new Dictionary<RenameCandidate, bool>(decisions);
        if (confirmed is { } d) next[candidate] = d;
        else next.Remove(candidate);
        return new SchemaComparison(Old, New, Candidates, next);
    }
}
