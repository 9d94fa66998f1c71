using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Analysis.NormalForms.Apply;
using DesignStudio.Core.Analysis.NormalForms.Tables;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer.Normalization;

/// <summary>
/// The normal-form side of the table panel: dependency editor, hints (accept / dismiss), keys, the form reached with
/// each violation explained, decomposition proposals to preview and apply, and discovery from sample data.
/// The analysis is recomputed only when the design changes.
/// </summary>
public partial class TableNormalizationPanel
{
    private Design? analysedDesign;
    private Table? analysedTable;
    private TableNormalization? analysis;
    private readonly DecompositionApplication?[] proposals = new DecompositionApplication?[2];
    private AppliedProposal? applied;

    /// <summary>The whole design (hints look at referenced tables; apply rewrites references).</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = default!;

    /// <summary>The table.</summary>
    [Parameter, EditorRequired] public Table Table { get; set; } = default!;

    /// <summary>Raised with each edit; the page applies it (undoable) and reports whether it applied.</summary>
    [Parameter] public Func<DesignOperation, Task<bool>> OnOperation { get; set; } = _ => Task.FromResult(false);

    /// <summary>Whether editing is blocked.</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Dialect the data-moving script is first shown in after applying a proposal (the user can pick another).</summary>
    [Parameter] public string ScriptDialect { get; set; } = DialectNames.PostgreSql;

    private TableNormalization Analysis
    {
        get
        {
            if (analysis is null || !ReferenceEquals(analysedDesign, Design) || !ReferenceEquals(analysedTable, Table))
            {
                analysedDesign = Design;
                analysedTable = Table;
                analysis = TableNormalFormAnalyzer.Analyze(Design, Table);
                proposals[0] = proposals[1] = null;
            }
            return analysis;
        }
    }

    internal static Color FormColor(NormalForm form) => form switch
    {
        NormalForm.BoyceCodd => Color.Success,
        NormalForm.Third => Color.Info,
        NormalForm.Second => Color.Warning,
        _ => Color.Error,
    };

    private DecompositionApplication Proposal(bool bcnf)
    {
        _ = Analysis;
        var i = bcnf ? 1 : 0;
        return proposals[i] ??= DecompositionApplier.Build(Design, Table.Id, bcnf);
    }

    private Task AcceptHintAsync(DependencyHint hint) => OnOperation(new AddFunctionalDependency(Table.Id, hint.ToDependency()));

    private Task DismissHintAsync(DependencyHint hint) =>
        OnOperation(new SetDismissedHints(Table.Id, Table.DismissedHintIds.Contains(hint.Id) ? Table.DismissedHintIds : [.. Table.DismissedHintIds, hint.Id]));

    private async Task ApplyAsync((string Title, DecompositionApplication Application) proposal)
    {
        if (proposal.Application.Operation is not { } operation) return;
        if (await OnOperation(operation)) applied = new AppliedProposal(proposal.Title, proposal.Application);
    }

    private sealed record AppliedProposal(string Title, DecompositionApplication Application);
}
