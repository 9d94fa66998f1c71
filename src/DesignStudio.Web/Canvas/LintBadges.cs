namespace DesignStudio.Web.Canvas;

/// <summary>Lint warning counts per table id, shown as a second badge on table nodes. Immutable: a new one per lint run.</summary>
public sealed class LintBadges(IReadOnlyDictionary<string, int> warningsByTable)
{
    /// <summary>No warnings anywhere.</summary>
    public static LintBadges None { get; } = new(new Dictionary<string, int>());

    /// <summary>Lint warnings (and errors) about objects of the table.</summary>
    public int Warnings(string tableId) => warningsByTable.GetValueOrDefault(tableId);
}
