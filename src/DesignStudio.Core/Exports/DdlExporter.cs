using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Exports;

/// <summary>DDL for the dialect named in <see cref="ExportOptions.Dialect"/> (PostgreSQL when none is given).</summary>
public sealed class DdlExporter : IDesignExporter
{
    /// <inheritdoc />
    public string Name => "ddl";

    /// <inheritdoc />
    public string FileExtension => "sql";

    /// <inheritdoc />
    public string MediaType => "application/sql";

    /// <inheritdoc />
    public string Export(Design design, ExportOptions options)
    {
        var dialect = DialectRegistry.Get(options.Dialect ?? DialectNames.PostgreSql);
        var script = dialect.GenerateDdl(design);
        var header = new System.Text.StringBuilder();
        foreach (var d in script.Diagnostics)
        {
            header.Append("-- ").Append(d.ToString().ReplaceLineEndings(" ")).Append('\n');
        }
        if (header.Length > 0) header.Append('\n');
        return header + script.ToText();
    }
}
