using DesignStudio.Core.Model;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer;

/// <summary>
/// The design's DDL in a chosen dialect: read-only text, copy to clipboard, download as a .sql file. Long scripts show
/// their first <see cref="MaxLines"/> lines until asked for all (a 300-table script is ~230 K characters of DOM and
/// circuit traffic); copy and download always take the whole script.
/// </summary>
public partial class DdlPanel
{
    /// <summary>How many lines of a long script the panel shows before "Show all".</summary>
    public const int MaxLines = 400;

    private bool showAll;
    private int lineCount;
    private string shownText = "";
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
            (shownText, lineCount) = Head(preview.Text, MaxLines);
        }
        catch (Exception e)
        {
            // A generator bug must not take the page down: say so, keep the design editable.
            Logger.LogError(e, "DDL generation failed for dialect {Dialect}", dialect);
            preview = null;
            failure = $"The {dialect} generator failed: {e.Message}";
        }
    }

    private int HiddenLines => showAll ? 0 : Math.Max(0, lineCount - MaxLines);

    private string Shown => showAll || preview is null ? preview?.Text ?? "" : shownText;

    // The first `max` lines of `text` (all of it when shorter) and how many lines it has.
    internal static (string Head, int Lines) Head(string text, int max)
    {
        var lines = 0;
        var cut = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines++;
            if (lines == max) cut = i;
        }
        if (text.Length > 0 && text[^1] != '\n') lines++;
        return (cut >= 0 && lines > max ? text[..cut] : text, lines);
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
