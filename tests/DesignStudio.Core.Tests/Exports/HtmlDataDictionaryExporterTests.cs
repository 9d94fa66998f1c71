using System.Text.RegularExpressions;
using DesignStudio.Core.Exports;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Exports;

public class HtmlDataDictionaryExporterTests
{
    private static readonly string Html = new HtmlDataDictionaryExporter().Export(HostileDesign.Create(),
        new ExportOptions { NormalFormStatus = new Dictionary<string, string> { ["t1"] = "3NF <b>ok</b>" } });

    [Fact]
    public void Hostile_names_never_become_markup()
    {
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", Html);
        Assert.DoesNotContain("<i>", Html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", Html);
    }

    [Fact]
    public void Every_tag_in_the_output_is_one_the_exporter_writes()
    {
        var allowed = new HashSet<string> { "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "nav", "ul", "li", "a", "section", "table", "thead", "tbody", "tr", "th", "td" };
        foreach (Match m in Regex.Matches(Html, @"<(/?)([!A-Za-z][A-Za-z0-9]*)"))
            Assert.Contains(m.Groups[2].Value, allowed);
        // Every element that is opened is closed in order: a strict nesting check over the written tags.
        var stack = new Stack<string>();
        foreach (Match m in Regex.Matches(Html, @"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>"))
        {
            var name = m.Groups[2].Value;
            if (name is "meta") continue;
            if (m.Groups[1].Value == "") stack.Push(name);
            else Assert.Equal(name, stack.Pop());
        }
        Assert.Empty(stack);
    }

    [Fact]
    public void Shows_columns_constraints_foreign_keys_and_normal_form()
    {
        Assert.Contains("<td>FK → s|`.&lt;script&gt;alert(1)&lt;/script&gt;.id</td>", Html);
        Assert.Contains("<td>no</td>", Html);
        Assert.Contains("<td>cascade</td>", Html);
        Assert.Contains("Normal form: 3NF &lt;b&gt;ok&lt;/b&gt;", Html);
        Assert.Contains("<td>x &lt;&gt; &#39;|&#39;</td>", Html);
        Assert.Contains("<td>&#39;a|b&lt;i&gt;&#39;</td>", Html);
    }

    [Fact]
    public void Describes_a_plain_design()
    {
        var design = new Design
        {
            Tables = [new Table { Id = "t", Name = "users", Columns = [new Column { Id = "c", Name = "email", Type = LogicalType.Varchar(255), Nullable = false, Default = ColumnDefault.CurrentTimestamp }] }],
        };
        var html = new HtmlDataDictionaryExporter().Export(design, ExportOptions.Default);
        Assert.Contains("<tr><td>email</td><td>varchar(255)</td><td>no</td><td>current timestamp</td><td></td><td></td></tr>", html);
        Assert.DoesNotContain("Normal form", html);
    }
}
