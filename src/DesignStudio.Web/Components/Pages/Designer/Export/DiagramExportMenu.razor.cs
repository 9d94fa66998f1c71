using DesignStudio.Core.Exports;
using DesignStudio.Core.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer.Export;

/// <summary>
/// "Export diagram": the design drawn as SVG by <see cref="SvgDiagramExporter"/>, downloaded as is or rendered to PNG
/// in the browser (through an HTML canvas in wwwroot/js), so both files show the same picture.
/// </summary>
public partial class DiagramExportMenu
{
    private static readonly SvgDiagramExporter Exporter = new();

    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The design to draw.</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = null!;

    /// <summary>Used to name the downloaded files.</summary>
    [Parameter] public string FileStem { get; set; } = "diagram";

    /// <summary>The file name for an extension: the stem with characters that are unsafe in file names replaced.</summary>
    public string FileName(string extension)
    {
        var stem = new string(FileStem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()).Trim('.');
        return (stem.Length == 0 ? "diagram" : stem) + "." + extension;
    }

    /// <summary>The SVG text the menu downloads.</summary>
    public string Svg() => Exporter.Export(Design, ExportOptions.Default);

    private async Task DownloadSvgAsync() =>
        await JS.InvokeVoidAsync("designStudio.download", FileName("svg"), Svg(), Exporter.MediaType);

    private async Task DownloadPngAsync()
    {
        try
        {
            await JS.InvokeAsync<long>("designStudio.downloadSvgAsPng", FileName("png"), Svg(), 2);
        }
        catch (JSException e)
        {
            Snackbar.Add("The PNG could not be made in this browser: " + e.Message, Severity.Warning);
        }
    }
}
