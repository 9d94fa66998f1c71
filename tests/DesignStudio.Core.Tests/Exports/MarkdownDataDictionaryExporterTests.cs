using System.Text.RegularExpressions;
using DesignStudio.Core.Exports;
using DesignStudio.Core.Tests.Support;

namespace DesignStudio.Core.Tests.Exports;

public class MarkdownDataDictionaryExporterTests
{
    private static readonly string Markdown = new MarkdownDataDictionaryExporter().Export(HostileDesign.Create(),
        new ExportOptions { NormalFormStatus = new Dictionary<string, string> { ["t1"] = "BCNF | done" } });

    /// <summary>Cells of a pipe-table row: split on pipes that are not backslash-escaped.</summary>
    private static int CellCount(string row) => Regex.Split(row.Trim(), @"(?<!\\)\|").Length - 2;

    [Fact]
    public void Table_rows_keep_their_column_count_whatever_the_names()
    {
        var blocks = Markdown.Split("\n\n").Where(b => b.StartsWith('|')).ToList();
        Assert.True(blocks.Count >= 5);
        foreach (var block in blocks)
        {
            var rows = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var expected = CellCount(rows[0]);
            Assert.All(rows, r => Assert.Equal(expected, CellCount(r)));
        }
    }

    [Fact]
    public void No_html_tag_other_than_line_breaks_and_no_heading_from_a_comment()
    {
        foreach (Match m in Regex.Matches(Markdown, @"<[^>]*>")) Assert.Equal("<br>", m.Value);
        Assert.DoesNotContain("\n# Heading", Markdown);
        Assert.DoesNotContain("`code`", Markdown);
        Assert.Contains(@"&lt;script&gt;alert\(1\)&lt;/script&gt;", Markdown);
    }

    [Fact]
    public void Shows_normal_form_indexes_and_foreign_keys()
    {
        Assert.Contains(@"**Normal form:** BCNF \| done", Markdown);
        Assert.Contains("### Indexes", Markdown);
        Assert.Contains("### Foreign keys", Markdown);
        Assert.Contains("| cascade |", Markdown);
    }

    [Fact]
    public void Random_hostile_designs_keep_every_table_row_intact()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var md = new MarkdownDataDictionaryExporter().Export(RandomDesigns.Create(seed), ExportOptions.Default);
            foreach (var line in md.Split('\n').Where(l => l.StartsWith('|')))
                Assert.Contains(CellCount(line), new[] { 2, 3, 5, 6 });
            Assert.DoesNotContain("<script", md);
        }
    }
}
