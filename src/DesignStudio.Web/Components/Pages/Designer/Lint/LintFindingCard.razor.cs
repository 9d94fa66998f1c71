using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer.Lint;

/// <summary>One lint finding: rule title, message, why and how, and its quick fix and suppression actions.</summary>
public partial class LintFindingCard
{
    private bool asking;
    private string? reason;

    /// <summary>The finding.</summary>
    [Parameter, EditorRequired] public LintFinding Finding { get; set; } = null!;

    /// <summary>Its rule (title, rationale, remedy), when known.</summary>
    [Parameter] public ILintRule? Rule { get; set; }

    /// <summary>The suppression that silences it, for a suppressed finding; null for an active one.</summary>
    [Parameter] public LintSuppression? Suppression { get; set; }

    /// <summary>Whether actions are disabled.</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Apply the finding's quick fix.</summary>
    [Parameter] public EventCallback<LintFinding> OnQuickFix { get; set; }

    /// <summary>Suppress the finding with the given reason.</summary>
    [Parameter] public EventCallback<(LintFinding Finding, string Reason)> OnSuppress { get; set; }

    /// <summary>Remove the suppression of a suppressed finding.</summary>
    [Parameter] public EventCallback<LintSuppression> OnUnsuppress { get; set; }

    private Color ChipColor => Finding.Severity switch
    {
        Core.Diagnostics.Severity.Error => Color.Error,
        Core.Diagnostics.Severity.Warning => Color.Warning,
        _ => Color.Info,
    };

    private Task QuickFixAsync() => OnQuickFix.InvokeAsync(Finding);

    private async Task SuppressAsync()
    {
        if (string.IsNullOrWhiteSpace(reason)) return;
        await OnSuppress.InvokeAsync((Finding, reason.Trim()));
        Cancel();
    }

    private Task UnsuppressAsync() => Suppression is null ? Task.CompletedTask : OnUnsuppress.InvokeAsync(Suppression);

    private void Cancel()
    {
        asking = false;
        reason = null;
    }
}
