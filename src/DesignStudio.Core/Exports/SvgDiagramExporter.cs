using System.Globalization;
using System.Text;
using System.Xml;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Exports;

/// <summary>
/// The diagram as a standalone SVG image, drawn from the model and the stored positions: subject areas behind their
/// tables, tables with their columns, types and PK/FK/UQ/NN markers, foreign keys as curves from column to column with
/// crow's-foot ends, and sticky notes. All text goes through an XML writer, so no name can inject markup; characters
/// XML cannot hold are replaced. The output depends only on the design, so the same design gives the same bytes.
/// </summary>
public sealed partial class SvgDiagramExporter : IDesignExporter
{
    private const double Margin = 20;

    /// <inheritdoc />
    public string Name => "svg";

    /// <inheritdoc />
    public string FileExtension => "svg";

    /// <inheritdoc />
    public string MediaType => "image/svg+xml";

    /// <inheritdoc />
    public string Export(Design design, ExportOptions options)
    {
        var boxes = new Dictionary<string, (double X, double Y, double Width, double Height)>();
        for (var i = 0; i < design.Tables.Count; i++) boxes[design.Tables[i].Id] = DiagramGeometry.TableBox(design.Tables[i], i);
        var areas = design.Areas.Select(a => (Area: a, Box: AreaBox(a, boxes))).Where(a => a.Box is not null).ToList();

        var bounds = Bounds(boxes.Values.Concat(areas.Select(a => a.Box!.Value))
            .Concat(design.Notes.Select(n => (n.Position.X, n.Position.Y, Finite(n.Width, StickyNote.DefaultWidth), Finite(n.Height, StickyNote.DefaultHeight)))));

        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var w = XmlWriter.Create(new StringWriter(sb, CultureInfo.InvariantCulture), settings))
        {
            const string ns = "http://www.w3.org/2000/svg";
            w.WriteStartElement("svg", ns);
            w.WriteAttributeString("version", "1.1");
            w.WriteAttributeString("width", Num(bounds.Width));
            w.WriteAttributeString("height", Num(bounds.Height));
            w.WriteAttributeString("viewBox", $"{Num(bounds.X)} {Num(bounds.Y)} {Num(bounds.Width)} {Num(bounds.Height)}");
            w.WriteAttributeString("font-family", "Segoe UI, Roboto, Helvetica, Arial, sans-serif");
            w.WriteAttributeString("font-size", "12");
            w.WriteElementString("title", ns, Clean(design.Name));
            Rect(w, bounds.X, bounds.Y, bounds.Width, bounds.Height, "#ffffff", null, "background");

            foreach (var (area, box) in areas) WriteArea(w, area, box!.Value);
            w.WriteStartElement("g");
            w.WriteAttributeString("class", "links");
            foreach (var table in design.Tables)
            {
                foreach (var fk in table.ForeignKeys) WriteLink(w, design, table, fk, boxes);
            }
            w.WriteEndElement();
            for (var i = 0; i < design.Tables.Count; i++) WriteTable(w, design, design.Tables[i], boxes[design.Tables[i].Id]);
            foreach (var note in design.Notes) WriteNote(w, note);
            w.WriteEndElement();
        }
        return sb.Append('\n').ToString();
    }

    private static (double X, double Y, double Width, double Height)? AreaBox(SubjectArea area, Dictionary<string, (double X, double Y, double Width, double Height)> boxes)
    {
        var members = area.TableIds.Where(boxes.ContainsKey).Select(id => boxes[id]).ToList();
        if (members.Count == 0) return null;
        var left = members.Min(b => b.X) - DiagramGeometry.AreaPadding;
        var top = members.Min(b => b.Y) - DiagramGeometry.AreaPadding - DiagramGeometry.AreaLabelHeight;
        var right = members.Max(b => b.X + b.Width) + DiagramGeometry.AreaPadding;
        var bottom = members.Max(b => b.Y + b.Height) + DiagramGeometry.AreaPadding;
        return (left, top, right - left, bottom - top);
    }

    private static (double X, double Y, double Width, double Height) Bounds(IEnumerable<(double X, double Y, double Width, double Height)> boxes)
    {
        double left = double.MaxValue, top = double.MaxValue, right = double.MinValue, bottom = double.MinValue;
        foreach (var b in boxes)
        {
            if (!double.IsFinite(b.X) || !double.IsFinite(b.Y)) continue;
            left = Math.Min(left, b.X);
            top = Math.Min(top, b.Y);
            right = Math.Max(right, b.X + b.Width);
            bottom = Math.Max(bottom, b.Y + b.Height);
        }
        if (left > right) return (0, 0, 200, 100);
        // Room for crow's-foot curves that leave a table sideways.
        return (left - Margin - 60, top - Margin, right - left + 2 * (Margin + 60), bottom - top + 2 * Margin);
    }

    private static double Finite(double value, double fallback) => double.IsFinite(value) && value > 0 ? value : fallback;

    /// <summary>Invariant, short, finite number text.</summary>
    private static string Num(double value) =>
        double.IsFinite(value) ? Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture) : "0";

    /// <summary>Text with the characters XML 1.0 cannot hold replaced by U+FFFD (the writer escapes the rest).</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            sb.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
        }
        return sb.ToString();
    }
}
