using System.Globalization;
using DesignStudio.Core.Dialects;
using DesignStudio.Data;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Projects;

/// <summary>
/// Imports a schema (pasted text, an uploaded file or a live database), shows the report, then creates a project or
/// replaces the design of an existing one after confirmation. Closes with the <see cref="ProjectSummary"/> written.
/// </summary>
public partial class ImportDialog
{
    private ImportSourceKind source = ImportSourceKind.Paste;
    private string language = DialectNames.PostgreSql;
    private string engine = DialectNames.PostgreSql;
    private string text = "";
    private string connectionString = "";
    private string? fileText;
    private string? fileName;
    private long fileSize;
    private ImportPreview? preview;
    private string? problem;
    private bool busy;
    private bool replace;
    private string projectName = "";
    private Guid? targetId;
    private int? targetVersion;
    private IReadOnlyList<StoredConnectionSummary> savedConnections = [];
    private Guid? savedId;
    private bool remember;
    private string connectionName = "";
    private string? rememberedMessage;

    [CascadingParameter] private IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject] private DesignImportService Importer { get; set; } = default!;
    [Inject] private Accounts.CurrentUser User { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private StoredConnectionService Connections { get; set; } = default!;

    /// <summary>Projects whose design the import may replace.</summary>
    [Parameter] public IReadOnlyList<ProjectSummary> Projects { get; set; } = [];

    private ProjectSummary? Target => Projects.FirstOrDefault(p => p.Id == targetId);

    private StoredConnectionSummary? SavedConnection => savedConnections.FirstOrDefault(c => c.Id == savedId);

    /// <inheritdoc />
    protected override async Task OnInitializedAsync() => savedConnections = await Connections.ListAsync(await User.IdAsync());

    private void Cancel() => MudDialog.Cancel();

    // Any change of the input invalidates the preview: what is stored must be what the user saw.
    private void Invalidate()
    {
        preview = null;
        problem = null;
    }

    private void SourceChanged(ImportSourceKind value) { source = value; Invalidate(); }
    private void LanguageChanged(string value) { language = value; Invalidate(); }
    private void EngineChanged(string value) { engine = value; Invalidate(); }
    private void TextChanged(string? value) { text = value ?? ""; Invalidate(); }
    private void ConnectionChanged(string? value) { connectionString = value ?? ""; Invalidate(); }
    private void TargetChanged(bool value) { replace = value; problem = null; }
    private void RememberChanged(bool value) { remember = value; rememberedMessage = null; }

    private void SavedChanged(Guid? value)
    {
        savedId = value;
        if (SavedConnection is { } saved) engine = saved.Engine;
        rememberedMessage = null;
        Invalidate();
    }

    private async Task ForgetAsync()
    {
        if (SavedConnection is not { } saved) return;
        await Connections.ForgetAsync(await User.IdAsync(), saved.Id);
        savedConnections = await Connections.ListAsync(await User.IdAsync());
        savedId = null;
        rememberedMessage = $"Forgot the connection “{saved.Name}”.";
        Invalidate();
    }

    private async Task<ImportPreview> ImportLiveAsync()
    {
        if (savedId is { } id)
        {
            if (await Connections.RevealAsync(await User.IdAsync(), id) is not { } stored)
            {
                return DesignImportService.RefusedPreview(engine, "Imported database",
                    "The saved connection cannot be read any more (forgotten, or its encryption keys are gone); enter it again.");
            }
            return await Importer.ImportLiveAsync(stored.ConnectionString, stored.Engine);
        }
        var result = await Importer.ImportLiveAsync(connectionString, engine);
        // Only a connection that worked, and only when asked.
        if (remember && result.Design is not null && !string.IsNullOrWhiteSpace(connectionString))
        {
            var name = string.IsNullOrWhiteSpace(connectionName) ? result.SuggestedName : connectionName;
            var summary = await Connections.RememberAsync(await User.IdAsync(), name, engine, connectionString);
            savedConnections = await Connections.ListAsync(await User.IdAsync());
            remember = false;
            connectionName = "";
            rememberedMessage = $"Remembered the connection as “{summary.Name}” (encrypted).";
        }
        return result;
    }

    private async Task FileChosenAsync(InputFileChangeEventArgs e)
    {
        Invalidate();
        fileText = null;
        fileName = e.File.Name;
        fileSize = e.File.Size;
        if (e.File.Size > DesignImportService.MaxFileBytes)
        {
            problem = $"The file is {FormatSize(e.File.Size)}; files up to {FormatSize(DesignImportService.MaxFileBytes)} can be imported.";
            return;
        }
        if (Path.GetExtension(e.File.Name).Equals(".dbml", StringComparison.OrdinalIgnoreCase)) language = DesignImportService.Dbml;
        busy = true;
        try
        {
            await using var stream = e.File.OpenReadStream(DesignImportService.MaxFileBytes);
            using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            fileText = await reader.ReadToEndAsync();
        }
        catch (IOException error)
        {
            problem = "The file could not be read: " + error.Message;
        }
        finally
        {
            busy = false;
        }
    }

    private async Task PreviewAsync()
    {
        Invalidate();
        busy = true;
        try
        {
            preview = source switch
            {
                ImportSourceKind.Paste => Importer.ImportText(text, language),
                ImportSourceKind.File when fileText is not null => Importer.ImportText(fileText, language, fileName),
                ImportSourceKind.File => null,
                _ => await ImportLiveAsync(),
            };
            if (preview is null) problem = "Choose a file first.";
            else if (string.IsNullOrWhiteSpace(projectName) || source == ImportSourceKind.File) projectName = preview.SuggestedName;
        }
        finally
        {
            busy = false;
        }
    }

    private async Task TargetProjectChangedAsync(Guid? id)
    {
        targetId = id;
        targetVersion = null;
        problem = null;
        if (id is not { } projectId) return;
        targetVersion = await Importer.CurrentVersionAsync(await User.IdAsync(), projectId);
        if (targetVersion is null) problem = "That project no longer exists.";
    }

    private async Task CreateAsync()
    {
        if (preview?.Design is not { } design || !preview.CanUse) return;
        busy = true;
        try
        {
            var created = await Importer.CreateProjectAsync(await User.IdAsync(), projectName, design);
            if (!created.Succeeded)
            {
                problem = created.Problem.Message;
                return;
            }
            MudDialog.Close(DialogResult.Ok(created.Value));
        }
        finally
        {
            busy = false;
        }
    }

    private async Task ReplaceAsync()
    {
        if (preview?.Design is not { } design || !preview.CanUse || Target is not { } target || targetVersion is not { } version) return;
        var confirmed = await Dialogs.ShowMessageBoxAsync("Replace design",
            $"Replace the design of “{target.Name}” (version {version}) with the imported one ({design.Tables.Count} tables)? " +
            "Its current tables, diagram and notes are overwritten.", yesText: "Replace", cancelText: "Keep it");
        if (confirmed != true) return;
        busy = true;
        try
        {
            switch (await Importer.ReplaceDesignAsync(await User.IdAsync(), target.Id, target.Name, design, version))
            {
                case SaveResult.Saved:
                    MudDialog.Close(DialogResult.Ok(target));
                    break;
                case SaveResult.Conflict conflict:
                    problem = $"“{target.Name}” was changed by {conflict.UpdatedBy ?? "someone else"} after you picked it " +
                        $"(now version {conflict.CurrentVersion}); nothing was replaced. Pick the project again to replace the newer version.";
                    targetId = null;
                    targetVersion = null;
                    break;
                case SaveResult.Forbidden:
                    problem = $"You have view-only access to “{target.Name}”; nothing was replaced.";
                    break;
                default:
                    problem = $"“{target.Name}” no longer exists; nothing was replaced.";
                    targetId = null;
                    targetVersion = null;
                    break;
            }
        }
        finally
        {
            busy = false;
        }
    }

    internal static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };
}
