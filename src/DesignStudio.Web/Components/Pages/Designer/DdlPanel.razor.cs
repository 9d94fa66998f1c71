using DesignStudio.Core.Model;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer;

/// <summary>The design's DDL in a chosen dialect: read-only text, copy to clipboard, download as a .sql file.</summary>
public partial class DdlPanel
{
    private string dialect = "";
    private Design? generatedFor;
    private string? generatedDialect;
    private DdlPreview? preview;
    private string? failure;

    [Inject] private IDdlSource Source { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private ILogger<DdlPanel> Logger { get; set; } = default!;

    /// <summary>The design to generate DDL for.</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = default!;

    /// <summary>Used to name the downloaded file.</summary>
    [Parameter] public string FileStem { get; set; } = "design";

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (dialect.Length == 0 && Source.Dialects.Count > 0) dialect = Source.Dialects[0].Name;
        Generate();
    }

    private void SelectDialect(string value)
    {
        dialect = value;
        Generate();
    }

    private void Generate()
    {
        if (dialect.Length == 0 || (ReferenceEquals(generatedFor, Design) && generatedDialect == dialect)) return;
        generatedFor = Design;
        generatedDialect = dialect;
        try
        {
            preview = Source.Generate(Design, dialect);
            failure = null;
        }
        catch (Exception e)
        {
            // A generator bug must not take the page down: say so, keep the design editable.
            Logger.LogError(e, "DDL generation failed for dialect {Dialect}", dialect);
            preview = null;
            failure = $"The {dialect} generator failed: {e.Message}";
        }
    }

    internal string FileName => $"{SafeStem(FileStem)}.{dialect}.sql";

    private static string SafeStem(string stem)
    {
        var cleaned = new string(stem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        return cleaned.Length == 0 ? "design" : cleaned;
    }

    private async Task CopyAsync()
    {
        if (preview is null) return;
        try
        {
            await JS.InvokeVoidAsync("designStudio.copy", preview.Text);
            Snackbar.Add("DDL copied to the clipboard.", Severity.Success);
        }
        catch (JSException e)
        {
            Snackbar.Add("The browser did not allow copying: " + e.Message, Severity.Warning);
        }
    }

    private async Task DownloadAsync()
    {
        if (preview is null) return;
        await JS.InvokeVoidAsync("designStudio.download", FileName, preview.Text, "application/sql");
    }
}
