namespace DesignStudio.Core.Exports;

/// <summary>The export formats known to the application, looked up by name (case-insensitive).</summary>
public sealed class ExporterRegistry
{
    private readonly List<IDesignExporter> exporters;

    /// <summary>A registry of the given exporters; a later exporter with the same name replaces an earlier one.</summary>
    public ExporterRegistry(IEnumerable<IDesignExporter> exporters)
    {
        this.exporters = [];
        foreach (var e in exporters) Add(e);
    }

    /// <summary>The built-in formats: DBML, Mermaid, Markdown and HTML data dictionaries, DDL per dialect, and the SVG diagram.</summary>
    public static ExporterRegistry CreateDefault() => new(
    [
        new DbmlExporter(),
        new MermaidErDiagramExporter(),
        new MarkdownDataDictionaryExporter(),
        new HtmlDataDictionaryExporter(),
        new DdlExporter(),
        new SvgDiagramExporter(),
    ]);

    /// <summary>All exporters in registration order.</summary>
    public IReadOnlyList<IDesignExporter> All => exporters;

    /// <summary>Format names, in registration order.</summary>
    public IEnumerable<string> Names => exporters.Select(e => e.Name);

    /// <summary>Adds an exporter (e.g. DDL per dialect), replacing one of the same name.</summary>
    public void Add(IDesignExporter exporter)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        var i = exporters.FindIndex(e => string.Equals(e.Name, exporter.Name, StringComparison.OrdinalIgnoreCase));
        if (i >= 0) exporters[i] = exporter;
        else exporters.Add(exporter);
    }

    /// <summary>The exporter named <paramref name="name"/>, or null.</summary>
    public IDesignExporter? Find(string name) =>
        exporters.Find(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
}
