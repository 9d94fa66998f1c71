using DesignStudio.Core.Dialects;
using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Core.Tests.Dialects;

public class QuotingTests
{
    [Theory]
    [InlineData(DialectNames.PostgreSql, "a\"b", "\"a\"\"b\"")]
    [InlineData(DialectNames.Sqlite, "a\"b", "\"a\"\"b\"")]
    [InlineData(DialectNames.MySql, "c`d", "`c``d`")]
    [InlineData(DialectNames.MariaDb, "c`d", "`c``d`")]
    [InlineData(DialectNames.SqlServer, "x]y", "[x]]y]")]
    [InlineData(DialectNames.SqlServer, "a\"b[c", "[a\"b[c]")]
    [InlineData(DialectNames.PostgreSql, "名前", "\"名前\"")]
    public void Quotes_identifiers_by_doubling_the_closing_delimiter(string dialect, string name, string expected) =>
        Assert.Equal(expected, DialectRegistry.Get(dialect).QuoteIdentifier(name));

    [Theory]
    [InlineData(DialectNames.PostgreSql, "it's \\", "'it''s \\'")]
    [InlineData(DialectNames.Sqlite, "it's \\", "'it''s \\'")]
    [InlineData(DialectNames.MySql, "it's \\", "'it''s \\\\'")]
    [InlineData(DialectNames.MariaDb, "it's \\", "'it''s \\\\'")]
    [InlineData(DialectNames.SqlServer, "it's Größe", "N'it''s Größe'")]
    public void Quotes_string_literals_for_the_dialect(string dialect, string value, string expected) =>
        Assert.Equal(expected, DialectRegistry.Get(dialect).QuoteString(value));

    [Theory]
    [InlineData(DialectNames.PostgreSql)]
    [InlineData(DialectNames.MySql)]
    [InlineData(DialectNames.MariaDb)]
    [InlineData(DialectNames.Sqlite)]
    [InlineData(DialectNames.SqlServer)]
    public void Writes_every_hostile_name_only_in_quoted_form(string dialect)
    {
        var d = DialectRegistry.Get(dialect);
        var text = d.GenerateDdl(TestDesigns.HostileNames()).ToText();

        foreach (var name in TestDesigns.HostileColumns.Append(TestDesigns.HostileLines))
        {
            Assert.Contains(d.QuoteIdentifier(name), text);
        }
        // With every quoted identifier and string literal removed, nothing hostile is left over.
        var stripped = StripQuoted(text, d);
        Assert.DoesNotContain("DROP", stripped);
        Assert.DoesNotContain("Größe", stripped);
        Assert.DoesNotContain("*/", stripped);
    }

    private static string StripQuoted(string text, ISqlDialect d)
    {
        var (open, close) = d.Name switch
        {
            DialectNames.MySql or DialectNames.MariaDb => ('`', '`'),
            DialectNames.SqlServer => ('[', ']'),
            _ => ('"', '"'),
        };
        var sb = new System.Text.StringBuilder();
        var lines = text.Split('\n');
        var joined = string.Join("\n", lines.Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));
        for (var i = 0; i < joined.Length; i++)
        {
            var c = joined[i];
            if (c == open || c == '\'')
            {
                var end = c == open ? close : '\'';
                var backslash = c == '\'' && d.Name is DialectNames.MySql or DialectNames.MariaDb;
                for (i++; i < joined.Length; i++)
                {
                    if (backslash && joined[i] == '\\') { i++; continue; }
                    if (joined[i] != end) continue;
                    if (i + 1 < joined.Length && joined[i + 1] == end) { i++; continue; }
                    break;
                }
                sb.Append("Q");
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
