using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Web.Accounts;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace DesignStudio.Web.Components.Pages.Designer;

/// <summary>
/// The design page: every edit is a Core operation applied to an <see cref="EditSession"/> and then saved with the
/// version it was based on. Saves run one at a time and coalesce; a conflict stops editing until the user reloads.
/// </summary>
public partial class DesignPage
{
    private Guid? loadedProjectId;
    private ProjectSummary? project;
    private EditSession? session;
    private int version;
    private bool missing;
    private string? selectedTableId;
    private string? newTableName;
    private IReadOnlyList<Diagnostic> refusals = [];
    private SaveResult.Conflict? conflict;
    private SaveState state = SaveState.Saved;
    private bool saveRunning;
    private bool saveAgain;
    private DesignCanvas? canvas;
    private Design? validatedDesign;
    private IReadOnlyList<Diagnostic> validation = [];
    private IReadOnlyList<Diagnostic> diagnostics = [];
    private IReadOnlyList<Diagnostic>? diagnosticsRefusals;
    private ProjectRole? role;
    private bool forbidden;
    private readonly List<string> unsavedKinds = [];

    private enum SaveState { Saved, Saving, Conflict, Missing, Forbidden }

    [Inject] private ProjectStore Store { get; set; } = default!;
    [Inject] private IDesignValidation Validation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private ILogger<DesignPage> Logger { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;

    /// <summary>The project whose design is shown.</summary>
    [Parameter] public Guid ProjectId { get; set; }

    private bool Blocked => state is SaveState.Conflict or SaveState.Missing or SaveState.Forbidden || role < ProjectRole.Editor || role is null;

    private Table? SelectedTable => session is null ? null
        : (selectedTableId is null ? null : session.Design.FindTable(selectedTableId)) ?? (session.Design.Tables.Count > 0 ? session.Design.Tables[0] : null);

    // Refused edits first, then the validator's findings; computed once per design so the canvas can tell what changed.
    private IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            if (session is null) return refusals;
            if (!ReferenceEquals(validatedDesign, session.Design))
            {
                validatedDesign = session.Design;
                validation = [.. Validation.Validate(session.Design).OrderByDescending(d => d.Severity)];
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

    private string SaveText => state switch
    {
        SaveState.Saving => "Saving…",
        SaveState.Conflict => "Not saved: conflict",
        SaveState.Missing => "Not saved: project deleted",
        SaveState.Forbidden => "Not saved: you cannot edit this project",
        _ => $"Saved (version {version})",
    };

    private Color SaveColor => state switch
    {
        SaveState.Saving => Color.Info,
        SaveState.Saved => Color.Success,
        _ => Color.Error,
    };

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        // Only navigation to another project reloads; a re-render must not drop unsaved state such as a conflict.
        if (loadedProjectId == ProjectId) return;
        loadedProjectId = ProjectId;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var loaded = await Store.LoadDesignAsync(await User.IdAsync(), ProjectId);
        if (loaded.Value is not { } stored)
        {
            missing = true;
            forbidden = AccessProblems.IsForbidden(loaded.Problem);
            return;
        }
        missing = false;
        role = stored.Project.Role;
        project = stored.Project;
        version = stored.Version;
        session = new EditSession(stored.Design);
        conflict = null;
        refusals = [];
        state = SaveState.Saved;
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        Snackbar.Add("Reloaded the saved design.", Severity.Info);
    }

    private void Select(string tableId)
    {
        selectedTableId = tableId;
        canvas?.Focus(tableId);
    }

    private void SelectFromCanvas(string tableId) => selectedTableId = tableId;

    // A diagnostic's path names its table (tables/<name>/...): select that table and show it on the canvas.
    private void FocusDiagnostic(Diagnostic diagnostic)
    {
        if (session is null || !diagnostic.Path.StartsWith("tables/", StringComparison.Ordinal)) return;
        var rest = diagnostic.Path["tables/".Length..];
        var name = rest.Split('/')[0];
        if (session.Design.Tables.FirstOrDefault(t => t.QualifiedName == name || t.Id == name) is { } table) Select(table.Id);
    }

    /// <summary>Applies an edit; true when it applied (saving follows).</summary>
    private async Task<bool> ApplyAsync(DesignOperation operation)
    {
        unsavedKinds.Add(operation.GetType().Name); // for the activity log's summary of the save
        return await RunAsync(() => session!.Apply(operation));
    }

    // The access bar saw the caller's role change (null: access lost, e.g. a revoked share link).
    private void AccessChanged(ProjectRole? newRole)
    {
        role = newRole;
        if (newRole is null) (missing, forbidden) = (true, true);
    }

    private Task UndoAsync() => RunAsync(() => session!.Undo());

    private Task RedoAsync() => RunAsync(() => session!.Redo());

    private async Task<bool> RunAsync(Func<OperationResult?> step)
    {
        if (session is null || Blocked) return false;
        var result = step();
        if (result is null) return false;
        if (!result.Succeeded)
        {
            refusals = result.Diagnostics;
            Snackbar.Add(result.Diagnostics.Count > 0 ? result.Diagnostics[0].Message : "The edit was refused.", Severity.Warning);
            StateHasChanged();
            return false;
        }
        refusals = [];
        StateHasChanged();
        await SaveAsync();
        return true;
    }

    private async Task AddTableAsync()
    {
        if (string.IsNullOrWhiteSpace(newTableName)) return;
        var table = new Table { Id = ObjectId.New("tbl"), Name = newTableName.Trim() };
        if (await ApplyAsync(new AddTable(table)))
        {
            selectedTableId = table.Id;
            newTableName = null;
        }
    }

    private async Task NewTableKeyUpAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") await AddTableAsync();
    }

    // One save at a time; edits made while a save runs are saved right after it, with the new version.
    private async Task SaveAsync()
    {
        if (saveRunning)
        {
            saveAgain = true;
            return;
        }
        saveRunning = true;
        try
        {
            do
            {
                saveAgain = false;
                state = SaveState.Saving;
                StateHasChanged();
                var summary = string.Join(", ", unsavedKinds.Distinct());
                unsavedKinds.Clear();
                var result = await Store.SaveDesignAsync(await User.IdAsync(), ProjectId, session!.Design, version, await User.NameAsync(), summary);
                switch (result)
                {
                    case SaveResult.Saved saved:
                        version = saved.Version;
                        state = SaveState.Saved;
                        break;
                    case SaveResult.Conflict c:
                        conflict = c;
                        state = SaveState.Conflict;
                        saveAgain = false;
                        Logger.LogInformation("Save conflict on project {ProjectId}: stored version {StoredVersion}, ours {Version}", ProjectId, c.CurrentVersion, version);
                        break;
                    case SaveResult.Forbidden:
                        state = SaveState.Forbidden;
                        saveAgain = false;
                        Snackbar.Add("You have view-only access: your change was not saved.", Severity.Warning);
                        break;
                    default:
                        state = SaveState.Missing;
                        saveAgain = false;
                        break;
                }
            }
            while (saveAgain);
        }
        finally
        {
            saveRunning = false;
            StateHasChanged();
        }
    }
}
