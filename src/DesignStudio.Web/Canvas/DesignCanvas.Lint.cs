using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Canvas;

/// <summary>Lint badges: counts copied onto the nodes, and only nodes whose count changed re-render.</summary>
public partial class DesignCanvas
{
    private LintBadges? syncedLint;
    private int syncedLintNodes = -1;

    /// <summary>Lint warning counts per table, shown as a badge on each node; null shows none.</summary>
    [Parameter] public LintBadges? LintBadges { get; set; }

    private void SyncLintBadges()
    {
        var lint = LintBadges ?? LintBadges.None;
        var nodes = projection.Nodes;
        if (ReferenceEquals(lint, syncedLint) && nodes.Count == syncedLintNodes) return;
        syncedLint = lint;
        syncedLintNodes = nodes.Count;
        foreach (var (tableId, node) in nodes)
        {
            var count = lint.Warnings(tableId);
            if (node.LintWarnings == count) continue;
            node.LintWarnings = count;
            node.Refresh();
        }
    }
}
