using System.Xml.Linq;
using DesignStudio.Core.Exports;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Exports;

public class SvgDiagramExporterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Export(Design design) => XDocument.Parse(new SvgDiagramExporter().Export(design, ExportOptions.Default));

    private static IEnumerable<XElement> Groups(XDocument doc, string cssClass) =>
        doc.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == cssClass);

    private static Design Blog() => Operations.SampleDesigns.Blog() with
    {
        Areas = [new SubjectArea { Id = "a", Name = "Content", Color = "#ffcc80", TableIds = ["tbl_posts", "tbl_comments"] }],
        Notes = [new StickyNote { Id = "n", Text = "Remember the tags\nsecond line", Position = new CanvasPosition(700, 40) }],
    };

    [Fact]
    public void Draws_one_group_per_table_one_per_foreign_key_and_the_areas_and_notes()
    {
        var design = Blog();
        var doc = Export(design);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        Assert.Equal(design.Tables.Count, Groups(doc, "table").Count());
        Assert.Equal(design.Tables.Sum(t => t.ForeignKeys.Count), Groups(doc, "fk").Count());
        Assert.Equal(design.Tables.Sum(t => t.ForeignKeys.Count), doc.Descendants(Svg + "path").Count(p => (string?)p.Attribute("class") == "fk-line"));
        Assert.Single(Groups(doc, "area"));
        Assert.Single(Groups(doc, "note"));
    }

    [Fact]
    public void Shows_table_and_column_names_types_and_key_markers_as_text()
    {
        var texts = Export(Blog()).Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("users", texts);
        Assert.Contains("email", texts);
        Assert.Contains("varchar(255)", texts);
        Assert.Contains("post_status", texts);
        Assert.Contains("PK", texts);
        Assert.Contains("FK NN", texts);
        Assert.Contains("Content", texts);
        Assert.Equal(["Remember the tags", "second line"], Export(Blog()).Descendants(Svg + "tspan").Select(t => t.Value));
    }

    [Fact]
    public void Hostile_names_and_comments_stay_text()
    {
        var design = HostileDesign.Create() with
        {
            Areas = [new SubjectArea { Id = "a", Name = "</text><script>alert(1)</script>", Color = "red\" onload=\"alert(1)", TableIds = ["t1"] }],
            Notes = [new StickyNote { Id = "n", Text = "<svg onload=alert(1)>]]>&amp;\u0001" }],
        };
        var svg = new SvgDiagramExporter().Export(design, ExportOptions.Default);
        var doc = XDocument.Parse(svg);
        Assert.DoesNotContain("<script", svg);
        Assert.DoesNotContain("onload=\"", svg);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
        Assert.All(doc.Descendants().Attributes(), a => Assert.False(a.Name.LocalName.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value.Contains("<script>", StringComparison.Ordinal));
        Assert.Equal("<svg onload=alert(1)>]]>&amp;\uFFFD", string.Join(" ", doc.Descendants(Svg + "tspan").Select(t => t.Value)));
        Assert.Equal("#90caf9", Groups(doc, "area").Single().Elements(Svg + "rect").First().Attribute("fill")!.Value);
    }

    [Fact]
    public void Same_design_gives_the_same_bytes()
    {
        var exporter = new SvgDiagramExporter();
        Assert.Equal(exporter.Export(Blog(), ExportOptions.Default), exporter.Export(Blog(), ExportOptions.Default));
    }

    [Fact]
    public void Foreign_key_leaves_the_side_of_the_table_that_faces_its_target()
    {
        var design = Operations.SampleDesigns.Blog();
        var users = design.GetTable("tbl_users") with { Position = new CanvasPosition(600, 0) };
        var posts = design.GetTable("tbl_posts") with { Position = new CanvasPosition(0, 0) };
        design = design with { Tables = [users, posts with { ForeignKeys = [posts.ForeignKeys[0]] }] };
        var line = Export(design).Descendants(Svg + "path").Single(p => (string?)p.Attribute("class") == "fk-line");
        var d = line.Attribute("d")!.Value.Split(' ');
        // posts (left, x 0..240) → users (right, x 600..840): leaves posts on its right edge, enters users on its left edge.
        Assert.Equal(240 + 16, double.Parse(d[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(600 - 16, double.Parse(d[^2], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Collapsed_table_shows_only_key_columns_and_a_count_of_the_rest()
    {
        var design = Operations.SampleDesigns.Blog();
        var users = design.GetTable("tbl_users");
        design = design with { Tables = design.Tables.SetItem(0, users with { Position = new CanvasPosition(0, 0) { Collapsed = true } }) };
        var table = Groups(Export(design), "table").First();
        var texts = table.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("email", texts);
        Assert.DoesNotContain("updated_at", texts);
        Assert.Contains("+1 more columns", texts);
    }

    [Fact]
    public void Empty_design_is_a_valid_svg() =>
        Assert.Equal("svg", Export(new Design()).Root!.Name.LocalName);

    [Fact]
    public void Registry_offers_the_svg_format() =>
        Assert.IsType<SvgDiagramExporter>(ExporterRegistry.CreateDefault().Find("SVG"));
}
