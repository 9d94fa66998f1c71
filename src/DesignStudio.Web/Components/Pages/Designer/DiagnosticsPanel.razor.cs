using DesignStudio.Core.Diagnostics;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using DiagnosticSeverity = DesignStudio.Core.Diagnostics.Severity;

namespace DesignStudio.Web.Components.Pages.Designer;

/// <summary>Lists diagnostics (refused edits and validation results) with severity, code, path and message as text.</summary>
public partial class DiagnosticsPanel
{
    /// <summary>The diagnostics to show, most important first.</summary>
    [Parameter] public IReadOnlyList<Diagnostic> Diagnostics { get; set; } = [];

    /// <summary>Raised when a diagnostic is clicked, to focus the object it is about.</summary>
    [Parameter] public EventCallback<Diagnostic> OnFocus { get; set; }

    private static string IconFor(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Icons.Material.Filled.Error,
        DiagnosticSeverity.Warning => Icons.Material.Filled.Warning,
        _ => Icons.Material.Filled.Info,
    };

    private static Color ColorFor(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Color.Error,
        DiagnosticSeverity.Warning => Color.Warning,
        _ => Color.Info,
    };
}
