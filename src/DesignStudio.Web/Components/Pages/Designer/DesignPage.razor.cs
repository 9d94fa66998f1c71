using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Web.Accounts;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace DesignStudio.Web.Components.Pages.Designer;

/// <summary>
/// The design page, a live co-editing client: every edit is a Core operation submitted to the design's session on
/// the server, which logs it, acknowledges it ("Saved") and broadcasts it to every open page of the design; the page's
/// design follows the broadcasts in sequence order. Undo and redo act on this page's own edits.
/// </summary>
public partial class DesignPage : IDisposable
{
    private readonly string clientId = Guid.NewGuid().ToString("N");
    private Guid? loadedProjectId;
    private ProjectSummary? project;
    private DesignSubscription? subscription;
    private Design? design;
    private long sequence;
    private Collaborator? me;
    private IReadOnlyList<PresenceEntry> presence = [];
    private IReadOnlyList<PresenceEntry> others = [];
    private readonly List<string> notices = [];
    private bool missing;
    private string? denied;
    private string? selectedTableId;
    private string? newTableName;
    private IReadOnlyList<Diagnostic> refusals = [];
    private string? conflict;
    private int pending;
    private DesignCanvas? canvas;
    private Collaboration.LivePointers? pointers;
    private Design? validatedDesign;
    private IReadOnlyList<Diagnostic> validation = [];
    private IReadOnlyList<Diagnostic> diagnostics = [];
    private IReadOnlyList<Diagnostic>? diagnosticsRefusals;
    private ProjectRole? role;
    private bool forbidden;
    private int version; // the stored document's version, which restoring a version checks
    private int activeTab; // index into the side panel's tabs (DesignTab)

    // The side panel's tabs, in the order DesignPage.razor declares them.
    private enum DesignTab { Table, Tables, NormalForms, Diagnostics, Ddl, Lint, Advisor, Comments, Versions }

    [Inject] private DesignSessionService Sessions { get; set; } = default!;
    [Inject] private ICollaboratorIdentity Identity { get; set; } = default!;
    [Inject] private ProjectStore Store { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private IDesignValidation Validation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The project whose design is shown.</summary>
    [Parameter] public Guid ProjectId { get; set; }

    private bool Blocked => missing || me is null || role is null || role < ProjectRole.Editor;

    private bool CanUndo => Sessions.CanUndo(ProjectId, clientId);

    private bool CanRedo => Sessions.CanRedo(ProjectId, clientId);

    // Nothing is selected when the page opens: the Table tab shows a hint, not an editor for whichever table came first
    // (its 400 elements were a third of the first render; docs/performance.md, Canvas). A selected table that went away
    // (removed, or replaced by a normalization) still falls back to the first table, as before.
    private Table? SelectedTable => design is null || selectedTableId is null ? null
        : design.FindTable(selectedTableId) ?? (design.Tables.Count > 0 ? design.Tables[0] : null);

    // Refused edits first, then the validator's findings; computed once per analysed design so the canvas can tell what changed.
    private IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            if (design is null) return refusals;
            var analysed = AnalysisDesign;
            if (!ReferenceEquals(validatedDesign, analysed))
            {
                validatedDesign = analysed;
                validation = [.. Validation.Validate(analysed).OrderByDescending(d => d.Severity)];
                diagnosticsRefusals = null;
            }
            if (!ReferenceEquals(diagnosticsRefusals, refusals))
            {
                diagnosticsRefusals = refusals;
                diagnostics = [.. refusals, .. validation];
            }
            return diagnostics;
        }
    }

    private string SaveText => missing ? "Not saved: project deleted"
        : pending > 0 ? "Saving…"
        : $"Saved (version {sequence})";

    private Color SaveColor => missing ? Color.Error : pending > 0 ? Color.Info : Color.Success;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        // Only navigation to another project reloads.
        if (loadedProjectId == ProjectId) return;
        // The prerendered page is a light shell: the circuit's render replaces it a moment later, so loading the design
        // and joining its session here would only be done twice (docs/performance.md, Canvas). It does say whether the
        // project exists and may be opened (two small queries).
        if (!RendererInfo.IsInteractive)
        {
            await LoadAccessAsync();
            return;
        }
        loadedProjectId = ProjectId;
        WatchComments();
        await JoinAsync();
    }

    private async Task JoinAsync()
    {
        subscription?.Dispose();
        subscription = null;
        // The store answers with the caller's role (and "no access" apart from "no project"); the session checks again.
        if (!await LoadAccessAsync()) return;
        me = await Identity.CurrentAsync(clientId);
        var joined = await Sessions.JoinAsync(ProjectId, me, clientId, OnSessionEvent);
        if (!joined.Succeeded)
        {
            missing = joined.Problem.Code == ProjectStore.MissingProjectCode;
            denied = missing ? null : joined.Problem.Message;
            return;
        }
        subscription = joined.Value;
        project = subscription.Project;
        // Events that arrived before the join returned are newer than the join point: keep them.
        if (design is null || sequence < subscription.Sequence)
        {
            design = subscription.Design;
            sequence = subscription.Sequence;
        }
        SetPresence(subscription.Presence);
        missing = false;
        conflict = null;
        refusals = [];
    }

    // Role and version only: the session has the design (loading it here too cost as much again). False when the
    // project is missing or the caller may not open it.
    private async Task<bool> LoadAccessAsync()
    {
        var loaded = await Store.LoadDocumentAccessAsync(await User.IdAsync(), ProjectId);
        if (loaded.Value is not { } stored)
        {
            missing = true;
            forbidden = AccessProblems.IsForbidden(loaded.Problem);
            return false;
        }
        role = stored.Role;
        version = stored.Version;
        return true;
    }

    // Called by the session in sequence order on its own thread: hand over to the renderer.
    private void OnSessionEvent(DesignSessionEvent e)
    {
        // Pointers redraw only their overlay, not the page.
        if (e is DesignSessionEvent.PointerMoved moved) pointers?.Show(moved);
        else _ = InvokeAsync(() => Handle(e));
    }

    private void Handle(DesignSessionEvent e)
    {
        switch (e)
        {
            case DesignSessionEvent.OperationApplied applied when applied.Sequence > sequence:
                // The event carries the session's design after this operation, so a missed event leaves no gap.
                design = applied.Design;
                sequence = applied.Sequence;
                // (live operations leave the document version alone: only whole-design writes step it)
                break;
            case DesignSessionEvent.Reloaded reloaded:
                design = reloaded.Design;
                sequence = reloaded.Sequence;
                _ = RefreshVersionAsync();
                break;
            case DesignSessionEvent.PresenceChanged changed:
                SetPresence(changed.Present);
                break;
            case DesignSessionEvent.Notice notice:
                notices.Add(notice.Message);
                Snackbar.Add(notice.Message, Severity.Info);
                break;
        }
        StateHasChanged();
    }

    private async Task RefreshVersionAsync()
    {
        if ((await Store.LoadDocumentAccessAsync(await User.IdAsync(), ProjectId)).Value is { } stored)
        {
            await InvokeAsync(() =>
            {
                version = stored.Version;
                StateHasChanged();
            });
        }
    }

    private void SetPresence(IReadOnlyList<PresenceEntry> entries)
    {
        presence = entries;
        others = [.. entries.Where(p => p.ClientId != clientId)];
    }

    private void DismissNotices()
    {
        notices.Clear();
        conflict = null;
    }

    // Picked in a list (tables, normal forms, diagnostics): select it, show it on the canvas and in the Table tab.
    private void Select(string tableId)
    {
        SelectFromCanvas(tableId);
        canvas?.Focus(tableId);
    }

    private void SelectFromCanvas(string tableId)
    {
        selectedTableId = tableId;
        activeTab = (int)DesignTab.Table;
        Sessions.Select(ProjectId, clientId, tableId);
    }

    // A table's diagnostics badge on the canvas: select the table and show the diagnostics list.
    private void ShowDiagnostics(string tableId)
    {
        SelectFromCanvas(tableId);
        activeTab = (int)DesignTab.Diagnostics;
    }

    // A diagnostic's path names its table (tables/<name>/...): select that table and show it on the canvas.
    private void FocusDiagnostic(Diagnostic diagnostic)
    {
        if (design is null || !diagnostic.Path.StartsWith("tables/", StringComparison.Ordinal)) return;
        var rest = diagnostic.Path["tables/".Length..];
        var name = rest.Split('/')[0];
        if (design.Tables.FirstOrDefault(t => t.QualifiedName == name || t.Id == name) is { } table) Select(table.Id);
    }

    /// <summary>Submits an edit; true when the server acknowledged it (it is logged).</summary>
    private Task<bool> ApplyAsync(DesignOperation operation) =>
        RunAsync(() => Sessions.SubmitAsync(ProjectId, me!, clientId, Guid.NewGuid().ToString("N"), sequence, operation));

    // The access bar saw the caller's role change (null: access lost, e.g. a revoked share link).
    private void AccessChanged(ProjectRole? newRole)
    {
        role = newRole;
        if (newRole is null) (missing, forbidden) = (true, true);
        if (newRole is null) subscription?.Dispose(); // leave presence (and the design's events) at once
    }

    // A version was restored (a whole-design write outside the session): make every open page follow it.
    private async Task ReloadAsync()
    {
        await Sessions.RefreshAsync(ProjectId);
        if ((await Store.LoadDocumentAccessAsync(await User.IdAsync(), ProjectId)).Value is { } stored) version = stored.Version;
        Snackbar.Add("Reloaded the saved design.", Severity.Info);
    }

    private Task UndoAsync() => RunAsync(() => Sessions.UndoAsync(ProjectId, me!, clientId));

    private Task RedoAsync() => RunAsync(() => Sessions.RedoAsync(ProjectId, me!, clientId));

    private async Task<bool> RunAsync(Func<Task<SubmitResult>> submit)
    {
        if (Blocked) return false;
        pending++;
        StateHasChanged();
        SubmitResult result;
        try
        {
            result = await submit();
        }
        finally
        {
            pending--;
        }
        if (result is SubmitResult.Refused refused)
        {
            refusals = refused.Diagnostics;
            missing = refused.Diagnostics.Any(d => d.Code == CollaborationCodes.ProjectMissing);
            if (refused.Diagnostics[0].Code is CollaborationCodes.ChangedMeanwhile or CollaborationCodes.UndoNoLongerApplies) conflict = refused.Message;
            Snackbar.Add(refused.Message, Severity.Warning);
            StateHasChanged();
            return false;
        }
        refusals = [];
        StateHasChanged();
        return true;
    }

    private async Task AddTableAsync()
    {
        if (string.IsNullOrWhiteSpace(newTableName)) return;
        var table = new Table { Id = ObjectId.New("tbl"), Name = newTableName.Trim() };
        if (await ApplyAsync(new AddTable(table)))
        {
            SelectFromCanvas(table.Id);
            newTableName = null;
        }
    }

    private async Task NewTableKeyUpAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") await AddTableAsync();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        subscription?.Dispose();
        UnwatchComments();
        GC.SuppressFinalize(this);
    }
}
