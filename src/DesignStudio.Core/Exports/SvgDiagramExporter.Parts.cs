using System.Xml;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Exports;

public sealed partial class SvgDiagramExporter
{
    // Crow's-foot ends as on the canvas: drawn from x = 0 (towards the line) to x = 16 (at the table's edge).
    private const string Spine = "M 0 -0.8 L 16 -0.8 L 16 0.8 L 0 0.8 z ";
    private const string BarNearEnd = "M 12 -7 L 13.6 -7 L 13.6 7 L 12 7 z ";
    private const string BarInside = "M 6 -7 L 7.6 -7 L 7.6 7 L 6 7 z ";
    private const string Fan = "M 9 -0.8 L 16 -7 L 16 -5 L 11 0 L 16 5 L 16 7 L 9 0.8 z ";
    private const string Ring = "M 0 0 a 4 4 0 1 0 8 0 a 4 4 0 1 0 -8 0 z M 1.6 0 a 2.4 2.4 0 1 1 4.8 0 a 2.4 2.4 0 1 1 -4.8 0 z ";
    private const double MarkerWidth = 16;
    private const string LinkColor = "#546e7a";

    private static void WriteArea(XmlWriter w, SubjectArea area, (double X, double Y, double Width, double Height) box)
    {
        var color = RecolorSubjectArea.IsValidColor(area.Color) ? area.Color : "#90caf9";
        w.WriteStartElement("g");
        w.WriteAttributeString("class", "area");
        Rect(w, box.X, box.Y, box.Width, box.Height, color, color, null, fillOpacity: "0.16", radius: 10);
        Rect(w, box.X, box.Y, box.Width, DiagramGeometry.AreaLabelHeight, color, null, null, fillOpacity: "0.45", radius: 10);
        Text(w, box.X + 10, box.Y + 19, Truncate(area.Name, (int)(box.Width / 7.5)), "#263238", weight: "600", size: "13");
        w.WriteEndElement();
    }

    private static void WriteTable(XmlWriter w, Design design, Table table, (double X, double Y, double Width, double Height) box)
    {
        w.WriteStartElement("g");
        w.WriteAttributeString("class", "table");
        if (!string.IsNullOrEmpty(table.Comment)) w.WriteElementString("title", Clean(table.Comment));
        Rect(w, box.X, box.Y, box.Width, box.Height, "#ffffff", "#90a4ae", null, radius: 6);
        Rect(w, box.X, box.Y, box.Width, DiagramGeometry.HeaderHeight, "#3559a8", null, null, radius: 6);
        Text(w, box.X + 8, box.Y + 25, Truncate(table.Name, table.Schema is null ? 30 : 20), "#ffffff", weight: "600", size: "13");
        if (table.Schema is { } schema) Text(w, box.X + box.Width - 8, box.Y + 25, Truncate(schema, 10), "#dde6f7", anchor: "end", size: "11");

        var pk = table.PrimaryKey?.ColumnIds.ToHashSet() ?? [];
        var fks = table.ForeignKeys.SelectMany(f => f.ColumnIds).ToHashSet();
        var uniques = table.Uniques.SelectMany(u => u.ColumnIds).ToHashSet();
        var visible = DiagramGeometry.VisibleColumns(table);
        for (var i = 0; i < visible.Count; i++)
        {
            var c = visible[i];
            var top = box.Y + DiagramGeometry.HeaderHeight + i * DiagramGeometry.RowHeight;
            if (i > 0) Line(w, box.X, top, box.X + box.Width, top, "#eceff1");
            var markers = string.Join(" ", new[] { pk.Contains(c.Id) ? "PK" : null, fks.Contains(c.Id) ? "FK" : null,
                uniques.Contains(c.Id) ? "UQ" : null, !c.Nullable && !pk.Contains(c.Id) ? "NN" : null }.OfType<string>());
            var baseline = top + 15;
            if (markers.Length > 0) Text(w, box.X + 8, baseline, markers, "#8d6e63", weight: "700", size: "9");
            Text(w, box.X + 50, baseline, Truncate(c.Name, 20), "#263238", weight: pk.Contains(c.Id) ? "600" : null,
                decoration: pk.Contains(c.Id) ? "underline" : null);
            Text(w, box.X + box.Width - 12, baseline, Truncate(TypeText(design, c), 14) + (c.Nullable ? "?" : ""), "#607d8b", anchor: "end");
        }
        var hidden = table.Columns.Count - visible.Count;
        if (hidden > 0)
        {
            var top = box.Y + DiagramGeometry.HeaderHeight + visible.Count * DiagramGeometry.RowHeight;
            Text(w, box.X + 8, top + 15, $"+{hidden} more columns", "#9e9e9e", style: "italic");
        }
        w.WriteEndElement();
    }

    private static void WriteNote(XmlWriter w, StickyNote note)
    {
        var width = Finite(note.Width, StickyNote.DefaultWidth);
        var height = Finite(note.Height, StickyNote.DefaultHeight);
        w.WriteStartElement("g");
        w.WriteAttributeString("class", "note");
        Rect(w, note.Position.X, note.Position.Y, width, height, "#fff59d", "#e6d65a", null, radius: 4);
        var perLine = Math.Max(4, (int)((width - 16) / 6.5));
        var maxLines = Math.Max(1, (int)((height - 12) / 16));
        var lines = Wrap(Clean(note.Text), perLine).Take(maxLines).ToList();
        if (lines.Count > 0)
        {
            w.WriteStartElement("text");
            w.WriteAttributeString("x", Num(note.Position.X + 8));
            w.WriteAttributeString("y", Num(note.Position.Y + 20));
            w.WriteAttributeString("fill", "#333333");
            w.WriteAttributeString("font-size", "13");
            w.WriteAttributeString("xml", "space", null, "preserve");
            for (var i = 0; i < lines.Count; i++)
            {
                w.WriteStartElement("tspan");
                w.WriteAttributeString("x", Num(note.Position.X + 8));
                if (i > 0) w.WriteAttributeString("dy", "16");
                w.WriteString(lines[i]);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteLink(XmlWriter w, Design design, Table table, ForeignKey fk, Dictionary<string, (double X, double Y, double Width, double Height)> boxes)
    {
        if (design.FindTable(fk.TargetTableId) is not { } target || fk.ColumnIds.Count == 0 || fk.TargetColumnIds.Count == 0) return;
        var from = boxes[table.Id];
        var to = boxes[target.Id];
        var self = table.Id == target.Id;
        var fromRight = self || to.X + to.Width / 2 >= from.X + from.Width / 2;
        var toRight = self || from.X + from.Width / 2 >= to.X + to.Width / 2;
        var s = (X: fromRight ? from.X + from.Width : from.X, Y: RowMiddle(table, fk.ColumnIds[0], from));
        var t = (X: toRight ? to.X + to.Width : to.X, Y: RowMiddle(target, fk.TargetColumnIds[0], to));
        var ds = fromRight ? 1 : -1;
        var dt = toRight ? 1 : -1;
        var s1 = (X: s.X + ds * MarkerWidth, s.Y);
        var t1 = (X: t.X + dt * MarkerWidth, t.Y);
        var reach = Math.Max(60, Math.Abs(t1.X - s1.X) / 2);

        var (manyChildren, parentOptional) = CardinalityOf(table, fk);
        w.WriteStartElement("g");
        w.WriteAttributeString("class", "fk");
        var from1 = string.Join(", ", fk.ColumnIds.Select(id => table.FindColumn(id)?.Name ?? id));
        var to1 = string.Join(", ", fk.TargetColumnIds.Select(id => target.FindColumn(id)?.Name ?? id));
        w.WriteElementString("title", Clean($"{fk.Name ?? "foreign key"}: {table.Name}({from1}) → {target.Name}({to1})"));
        w.WriteStartElement("path");
        w.WriteAttributeString("class", "fk-line");
        w.WriteAttributeString("d", $"M {Num(s1.X)} {Num(s1.Y)} C {Num(s1.X + ds * reach)} {Num(s1.Y)} {Num(t1.X + dt * reach)} {Num(t1.Y)} {Num(t1.X)} {Num(t1.Y)}");
        w.WriteAttributeString("fill", "none");
        w.WriteAttributeString("stroke", LinkColor);
        w.WriteAttributeString("stroke-width", "1.6");
        w.WriteEndElement();
        Marker(w, s.X, s.Y, ds, manyChildren ? Spine + Ring + Fan : Spine + Ring + BarNearEnd, "fk-child");
        Marker(w, t.X, t.Y, dt, parentOptional ? Spine + Ring + BarNearEnd : Spine + BarInside + BarNearEnd, "fk-parent");
        w.WriteEndElement();
    }

    // The marker's x = 16 sits on the table's edge and x = 0 lies outwards along the line.
    private static void Marker(XmlWriter w, double x, double y, int direction, string path, string cssClass)
    {
        w.WriteStartElement("path");
        w.WriteAttributeString("class", cssClass);
        w.WriteAttributeString("d", path.TrimEnd());
        w.WriteAttributeString("fill", LinkColor);
        w.WriteAttributeString("transform", $"translate({Num(x + direction * MarkerWidth)} {Num(y)}) scale({-direction} 1)");
        w.WriteEndElement();
    }

    private static (bool ManyChildren, bool ParentOptional) CardinalityOf(Table table, ForeignKey fk)
    {
        var columns = fk.ColumnIds.ToHashSet();
        var unique = table.PrimaryKey is { } pk && pk.ColumnIds.ToHashSet().SetEquals(columns)
            || table.Uniques.Any(u => u.ColumnIds.ToHashSet().SetEquals(columns));
        var optional = fk.ColumnIds.Any(id => table.FindColumn(id)?.Nullable ?? true);
        return (!unique, optional);
    }

    private static double RowMiddle(Table table, string columnId, (double X, double Y, double Width, double Height) box)
    {
        var visible = DiagramGeometry.VisibleColumns(table);
        for (var i = 0; i < visible.Count; i++)
        {
            if (visible[i].Id == columnId) return box.Y + DiagramGeometry.HeaderHeight + i * DiagramGeometry.RowHeight + DiagramGeometry.RowHeight / 2;
        }
        return box.Y + DiagramGeometry.HeaderHeight / 2;
    }

    private static string TypeText(Design design, Column c) =>
        c.Type.Kind == TypeKind.Enum && c.Type.EnumId is { } e && design.FindEnum(e) is { } en
            ? en.Name + (c.Type.IsArray ? "[]" : "")
            : LogicalTypeText.Format(c.Type);

    private static string Truncate(string? text, int max)
    {
        var clean = Clean(text).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        return clean.Length <= max || max < 2 ? clean : clean[..(max - 1)] + "…";
    }

    private static IEnumerable<string> Wrap(string text, int perLine)
    {
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Replace('\t', ' ');
            if (line.Length == 0) { yield return ""; continue; }
            while (line.Length > perLine)
            {
                var cut = line.LastIndexOf(' ', perLine);
                if (cut <= 0) cut = perLine;
                yield return line[..cut];
                line = line[cut..].TrimStart();
            }
            yield return line;
        }
    }

    private static void Rect(XmlWriter w, double x, double y, double width, double height, string fill, string? stroke, string? cssClass,
        string? fillOpacity = null, double radius = 0)
    {
        w.WriteStartElement("rect");
        if (cssClass is not null) w.WriteAttributeString("class", cssClass);
        w.WriteAttributeString("x", Num(x));
        w.WriteAttributeString("y", Num(y));
        w.WriteAttributeString("width", Num(width));
        w.WriteAttributeString("height", Num(height));
        if (radius > 0) w.WriteAttributeString("rx", Num(radius));
        w.WriteAttributeString("fill", fill);
        if (fillOpacity is not null) w.WriteAttributeString("fill-opacity", fillOpacity);
        if (stroke is not null) w.WriteAttributeString("stroke", stroke);
        w.WriteEndElement();
    }

    private static void Line(XmlWriter w, double x1, double y1, double x2, double y2, string stroke)
    {
        w.WriteStartElement("line");
        w.WriteAttributeString("x1", Num(x1));
        w.WriteAttributeString("y1", Num(y1));
        w.WriteAttributeString("x2", Num(x2));
        w.WriteAttributeString("y2", Num(y2));
        w.WriteAttributeString("stroke", stroke);
        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, double x, double y, string text, string fill, string? anchor = null, string? weight = null,
        string? size = null, string? style = null, string? decoration = null)
    {
        w.WriteStartElement("text");
        w.WriteAttributeString("x", Num(x));
        w.WriteAttributeString("y", Num(y));
        w.WriteAttributeString("fill", fill);
        if (anchor is not null) w.WriteAttributeString("text-anchor", anchor);
        if (weight is not null) w.WriteAttributeString("font-weight", weight);
        if (size is not null) w.WriteAttributeString("font-size", size);
        if (style is not null) w.WriteAttributeString("font-style", style);
        if (decoration is not null) w.WriteAttributeString("text-decoration", decoration);
        w.WriteString(text);
        w.WriteEndElement();
    }
}
