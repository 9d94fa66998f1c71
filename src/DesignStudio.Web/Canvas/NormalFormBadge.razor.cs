using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Model;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Canvas;

/// <summary>The normal form a table meets, as a coloured label on its canvas node (cached per table instance).</summary>
public partial class NormalFormBadge
{
    /// <summary>The table.</summary>
    [Parameter, EditorRequired] public Table Table { get; set; } = default!;

    private static string Title(TableFormSummary summary) => summary.Analysis.Violations.Count == 0 && summary.Findings.Count == 0
        ? $"Normal form: {summary.Form.ToLabel()}"
        : $"Normal form: {summary.Form.ToLabel()} — {summary.Analysis.Violations.Count + summary.Findings.Count} findings; see the Normalization panel";
}
