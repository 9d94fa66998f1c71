using DesignStudio.Core.Exports;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Exports;

public class ExporterRegistryTests
{
    [Fact]
    public void Lists_the_document_formats_and_finds_them_ignoring_case()
    {
        var registry = ExporterRegistry.CreateDefault();
        Assert.Equal(["dbml", "mermaid", "markdown", "html", "ddl", "svg"], registry.Names);
        Assert.IsType<MermaidErDiagramExporter>(registry.Find("Mermaid"));
        Assert.IsType<DdlExporter>(registry.Find("DDL"));
        Assert.All(registry.All, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.FileExtension));
            Assert.Contains('/', e.MediaType);
            Assert.False(string.IsNullOrEmpty(e.Export(new Design(), ExportOptions.Default)));
        });
    }

    [Fact]
    public void A_later_exporter_replaces_one_of_the_same_name()
    {
        var registry = ExporterRegistry.CreateDefault();
        var replacement = new DbmlExporter();
        registry.Add(replacement);
        Assert.Same(replacement, registry.Find("dbml"));
        Assert.Equal(6, registry.All.Count);
    }
}
