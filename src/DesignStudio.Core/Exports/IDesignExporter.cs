using DesignStudio.Core.Model;

namespace DesignStudio.Core.Exports;

/// <summary>One export format: turns a design into a text document.</summary>
public interface IDesignExporter
{
    /// <summary>Stable format name used by the CLI and the API, e.g. <c>dbml</c>, <c>mermaid</c>.</summary>
    string Name { get; }

    /// <summary>File extension without the dot, e.g. <c>dbml</c>, <c>md</c>.</summary>
    string FileExtension { get; }

    /// <summary>IANA media type of the output, e.g. <c>text/markdown</c>.</summary>
    string MediaType { get; }

    /// <summary>
    /// Exports the design. Names and comments are escaped for the format, so no name can change the structure of
    /// the output. Parts the format cannot express are said in comments of the output, never silently dropped.
    /// </summary>
    string Export(Design design, ExportOptions options);
}
