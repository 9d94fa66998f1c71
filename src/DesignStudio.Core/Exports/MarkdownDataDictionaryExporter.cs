using System.Text;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Exports;

/// <summary>
/// A Markdown data dictionary: per table its comment, normal-form status, columns, indexes, foreign keys and
/// constraints as pipe tables. Every name and comment is escaped: Markdown punctuation is backslash-escaped,
/// <c>&lt; &gt; &amp;</c> become entities and line breaks become <c>&lt;br&gt;</c>, so a row always keeps its
/// column count and no text turns into markup.
/// </summary>
public sealed class MarkdownDataDictionaryExporter : IDesignExporter
{
    /// <inheritdoc />
    public string Name => "markdown";

    /// <inheritdoc />
    public string FileExtension => "md";

    /// <inheritdoc />
    public string MediaType => "text/markdown";

    /// <inheritdoc />
    public string Export(Design design, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(options);
        var sb = new StringBuilder();
        sb.Append("# Data dictionary: ").Append(Escape(design.Name)).Append("\n\n");
        if (design.Comment is { } comment) sb.Append(Escape(comment)).Append("\n\n");
        if (design.Enums.Count > 0)
        {
            sb.Append("## Enums\n\n");
            WriteTable(sb, DataDictionaryContent.Enums(design));
        }
        foreach (var t in DataDictionaryContent.Tables(design, options))
        {
            sb.Append("## ").Append(Escape(t.Name)).Append("\n\n");
            if (t.Comment is { } c) sb.Append(Escape(c)).Append("\n\n");
            if (t.NormalForm is { } nf) sb.Append("**Normal form:** ").Append(Escape(nf)).Append("\n\n");
            foreach (var section in t.Sections)
            {
                if (section.Title != "Columns") sb.Append("### ").Append(Escape(section.Title)).Append("\n\n");
                WriteTable(sb, section);
            }
        }
        return sb.ToString();
    }

    private static void WriteTable(StringBuilder sb, DataDictionarySection section)
    {
        sb.Append("| ").Append(string.Join(" | ", section.Headers.Select(Escape))).Append(" |\n");
        sb.Append('|').Append(string.Concat(section.Headers.Select(_ => " --- |"))).Append('\n');
        foreach (var row in section.Rows)
        {
            sb.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        }
        sb.Append('\n');
    }

    /// <summary>Escapes text for a Markdown paragraph, heading or table cell (always one line).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        var normalized = text.ReplaceLineEndings("\n");
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            switch (c)
            {
                case '\n': sb.Append("<br>"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '-' or '!' or '|' or '~' or '=':
                    sb.Append('\\').Append(c);
                    break;
                case '.' when i > 0 && char.IsAsciiDigit(normalized[i - 1]):
                    sb.Append("\\.");
                    break;
                default:
                    sb.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }
        return sb.ToString();
    }
}
