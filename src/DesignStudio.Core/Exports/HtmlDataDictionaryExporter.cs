using System.Net;
using System.Text;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Exports;

/// <summary>
/// A self-contained HTML data dictionary (one page, inline styles, no scripts): per table its comment, normal-form
/// status, columns, indexes, foreign keys and constraints. Every piece of design text goes through
/// <see cref="WebUtility.HtmlEncode(string)"/>, in element content and attributes alike.
/// </summary>
public sealed class HtmlDataDictionaryExporter : IDesignExporter
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:0 0 1.5rem}"
        + "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}"
        + "td{white-space:pre-wrap}.nf{color:#555}";

    /// <inheritdoc />
    public string Name => "html";

    /// <inheritdoc />
    public string FileExtension => "html";

    /// <inheritdoc />
    public string MediaType => "text/html";

    /// <inheritdoc />
    public string Export(Design design, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(options);
        var tables = DataDictionaryContent.Tables(design, options).ToList();
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Data dictionary: ")
            .Append(E(design.Name)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        sb.Append("<h1>Data dictionary: ").Append(E(design.Name)).Append("</h1>\n");
        if (design.Comment is { } comment) sb.Append("<p>").Append(E(comment)).Append("</p>\n");
        if (tables.Count > 0)
        {
            sb.Append("<nav><ul>\n");
            for (var i = 0; i < tables.Count; i++)
                sb.Append("<li><a href=\"#t").Append(i + 1).Append("\">").Append(E(tables[i].Name)).Append("</a></li>\n");
            sb.Append("</ul></nav>\n");
        }
        if (design.Enums.Count > 0)
        {
            sb.Append("<h2>Enums</h2>\n");
            WriteTable(sb, DataDictionaryContent.Enums(design));
        }
        for (var i = 0; i < tables.Count; i++)
        {
            var t = tables[i];
            sb.Append("<section>\n<h2 id=\"t").Append(i + 1).Append("\" data-table-id=\"").Append(E(t.Id)).Append("\">")
                .Append(E(t.Name)).Append("</h2>\n");
            if (t.Comment is { } c) sb.Append("<p>").Append(E(c)).Append("</p>\n");
            if (t.NormalForm is { } nf) sb.Append("<p class=\"nf\">Normal form: ").Append(E(nf)).Append("</p>\n");
            foreach (var section in t.Sections)
            {
                if (section.Title != "Columns") sb.Append("<h3>").Append(E(section.Title)).Append("</h3>\n");
                WriteTable(sb, section);
            }
            sb.Append("</section>\n");
        }
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void WriteTable(StringBuilder sb, DataDictionarySection section)
    {
        sb.Append("<table>\n<thead><tr>");
        foreach (var h in section.Headers) sb.Append("<th>").Append(E(h)).Append("</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in section.Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row) sb.Append("<td>").Append(E(cell)).Append("</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
