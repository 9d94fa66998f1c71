using DesignStudio.Core.Exports;
using DesignStudio.Core.Model;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer.Versions;

/// <summary>
/// Downloads a design in every export format: DDL per dialect, DBML, Mermaid, Markdown and HTML data dictionaries,
/// and (with <see cref="IncludeDiagram"/>) the diagram as SVG or PNG, drawn as the design page's "Export diagram" draws it.
/// </summary>
public partial class ExportMenu
{
    private const string DdlFormat = "ddl";
    private static readonly ExporterRegistry Exporters = ExporterRegistry.CreateDefault();
    private static readonly SvgDiagramExporter DiagramExporter = new();

    /// <summary>The export formats other than DDL, with their menu text.</summary>
    internal static readonly (string Format, string Display)[] Formats =
        [("dbml", "DBML"), ("mermaid", "Mermaid erDiagram"), ("markdown", "Markdown data dictionary"), ("html", "HTML data dictionary")];

    [Inject] private IDdlSource Source { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The design to export.</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = default!;

    /// <summary>The menu's text and accessible name.</summary>
    [Parameter] public string Label { get; set; } = "Export";

    /// <summary>Whether the menu offers the diagram as SVG and PNG.</summary>
    [Parameter] public bool IncludeDiagram { get; set; }

    /// <summary>Used to name the downloaded files.</summary>
    [Parameter] public string FileStem { get; set; } = "design";

    /// <summary>The file a format produces: name, text and media type; null for an unknown format.</summary>
    public static (string FileName, string Text, string MediaType)? Export(Design design, string format, string? dialect, string stem)
    {
        if (Exporters.Find(format) is not { } exporter) return null;
        var text = exporter.Export(design, new ExportOptions { Dialect = dialect });
        var suffix = dialect is null ? "" : "." + dialect;
        return ($"{stem}{suffix}.{exporter.FileExtension.TrimStart('.')}", text, exporter.MediaType);
    }

    /// <summary>The diagram of <paramref name="design"/> as SVG text (the design page's exporter).</summary>
    public static string DiagramSvg(Design design) => DiagramExporter.Export(design, ExportOptions.Default);

    private async Task DownloadSvgAsync() =>
        await JS.InvokeVoidAsync("designStudio.download", FileStem + ".svg", DiagramSvg(Design), DiagramExporter.MediaType);

    private async Task DownloadPngAsync()
    {
        try
        {
            await JS.InvokeAsync<long>("designStudio.downloadSvgAsPng", FileStem + ".png", DiagramSvg(Design), 2);
        }
        catch (JSException e)
        {
            Snackbar.Add("The PNG could not be made in this browser: " + e.Message, MudBlazor.Severity.Warning);
        }
    }

    private async Task DownloadAsync(string format, string? dialect)
    {
        if (Export(Design, format, dialect, FileStem) is not { } file)
        {
            Snackbar.Add($"No exporter for {format}.", MudBlazor.Severity.Error);
            return;
        }
        await JS.InvokeVoidAsync("designStudio.download", file.FileName, file.Text, file.MediaType);
    }
}
