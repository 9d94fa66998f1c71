using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Migrations.Export;
using DesignStudio.Engines.Sandbox;
using DesignStudio.Web.Services;
using DesignStudio.Web.Services.Versions;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer.Versions;

/// <summary>
/// The migration of a compared pair in one dialect: up and down scripts, safety findings with the safer script on
/// request, lossy steps that must be confirmed before the scripts can be saved, downloaded or tried, "Save scripts",
/// the zip in a tool's convention and the sandbox try-run.
/// </summary>
public partial class MigrationScriptsPanel
{
    private string dialect = DialectNames.PostgreSql;
    private MigrationExportFormat format = MigrationExportFormat.Plain;
    private bool safe;
    private bool confirmLoss;
    private bool busy;
    private bool trying;
    private MigrationPlan? plan;
    private IReadOnlyList<Diagnostic> safety = [];
    private SandboxReport? report;
    private string? saved;
    private ComparedPair? plannedFor;

    [Inject] private IDdlSource Source { get; set; } = default!;
    [Inject] private MigrationWorkbench Workbench { get; set; } = default!;
    [Inject] private Accounts.CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    /// <summary>The project the versions belong to; null for two schemas outside any project (nothing is saved then, the zip is made here).</summary>
    [Parameter] public Guid? ProjectId { get; set; }

    /// <summary>The dialect shown first.</summary>
    [Parameter] public string InitialDialect { get; set; } = DialectNames.PostgreSql;

    /// <summary>The compared pair.</summary>
    [Parameter, EditorRequired] public ComparedPair Pair { get; set; } = default!;

    /// <summary>The lossy steps of the plan.</summary>
    internal IReadOnlyList<MigrationStep> Lossy => plan?.Steps.Where(s => s.IsLossy).ToList() ?? [];

    /// <summary>Whether the scripts may leave the page: planned, and lossy steps (if any) confirmed.</summary>
    internal bool CanShip => plan is { IsEmpty: false } && (Lossy.Count == 0 || confirmLoss);

    private string ZipFileName => $"{MigrationWorkbench.MigrationName(Pair)}.{dialect}.{format.ToString().ToLowerInvariant()}.zip";

    private string ZipHref =>
        $"/projects/{ProjectId}/migrations/{Pair.FromVersion}/{(Pair.ToVersion is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "working")}.zip" +
        $"?dialect={Uri.EscapeDataString(dialect)}&format={format.ToString().ToLowerInvariant()}&allowDataLoss={(confirmLoss ? "true" : "false")}&safe={(safe ? "true" : "false")}";

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (ReferenceEquals(plannedFor, Pair)) return;
        if (plannedFor is null) dialect = InitialDialect;
        plannedFor = Pair;
        confirmLoss = false;
        Replan();
    }

    // The scripts are always shown (planned with data loss allowed); confirming only unlocks saving, downloading and trying.
    private void Replan()
    {
        plan = MigrationWorkbench.Plan(Pair, dialect, allowDataLoss: true, safe);
        safety = MigrationWorkbench.Safety(Pair, plan, safe);
        report = null;
        saved = null;
    }

    private Task SelectDialectAsync(string value)
    {
        dialect = value;
        Replan();
        return Task.CompletedTask;
    }

    private Task UseSaferAsync(bool value)
    {
        safe = value;
        Replan();
        return Task.CompletedTask;
    }

    private Task ConfirmLossAsync(bool value)
    {
        confirmLoss = value;
        return Task.CompletedTask;
    }

    private async Task SaveAsync()
    {
        if (!CanShip || plan is null || ProjectId is not { } projectId) return;
        busy = true;
        try
        {
            var result = await Workbench.SaveAsync(await CurrentUser.IdAsync(), projectId, Pair, plan, format);
            saved = result.Succeeded
                ? $"Saved the {dialect} scripts for v{Pair.FromVersion} → {Pair.ToLabel}."
                : result.Problem.Message;
            Snackbar.Add(saved, result.Succeeded ? MudBlazor.Severity.Success : MudBlazor.Severity.Warning);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task DownloadZipAsync()
    {
        if (!CanShip || plan is null) return;
        await JS.InvokeVoidAsync("designStudio.download", ZipFileName, MigrationWorkbench.Zip(Pair, plan, format), "application/zip");
    }

    private async Task TryAsync()
    {
        if (!CanShip || plan is null) return;
        trying = true;
        report = null;
        StateHasChanged();
        try
        {
            report = await Workbench.TryAsync(Pair, plan);
        }
        finally
        {
            trying = false;
        }
    }
}
