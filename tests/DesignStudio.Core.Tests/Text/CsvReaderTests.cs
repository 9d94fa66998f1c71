using DesignStudio.Core.Text;

namespace DesignStudio.Core.Tests.Text;

public class CsvReaderTests
{
    [Fact]
    public void Reads_header_and_rows_with_crlf_and_lf_line_ends()
    {
        var doc = CsvReader.Parse("a,b\r\n1,2\n3,4\r\n");
        Assert.Equal(["a", "b"], doc.Header);
        Assert.Equal(2, doc.Rows.Count);
        Assert.Equal(["3", "4"], doc.Rows[1]);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Quoted_fields_hold_separators_line_breaks_and_doubled_quotes()
    {
        var doc = CsvReader.Parse("name,note\n\"Smith, John\",\"said \"\"hi\"\"\nthen left\"\n");
        var row = Assert.Single(doc.Rows);
        Assert.Equal("Smith, John", row[0]);
        Assert.Equal("said \"hi\"\nthen left", row[1]);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Empty_fields_and_a_missing_final_line_break_are_kept()
    {
        var doc = CsvReader.Parse("a,b,c\n,,\nx,,z");
        Assert.Equal(["", "", ""], doc.Rows[0]);
        Assert.Equal(["x", "", "z"], doc.Rows[1]);
    }

    [Fact]
    public void Unterminated_quote_is_reported_with_its_line()
    {
        var doc = CsvReader.Parse("a,b\n1,2\n3,\"open\n");
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal(CsvReader.MalformedCsv, d.Code);
        Assert.Equal(3, d.Position!.Value.Line);
    }

    [Fact]
    public void Short_records_are_padded_and_reported()
    {
        var doc = CsvReader.Parse("a,b,c\n1,2\n");
        Assert.Equal(["1", "2", ""], Assert.Single(doc.Rows));
        Assert.Contains("2 fields", Assert.Single(doc.Diagnostics).Message);
    }

    [Fact]
    public void Stray_quote_in_an_unquoted_field_is_kept_and_reported()
    {
        var doc = CsvReader.Parse("a\n5\"x\n");
        Assert.Equal("5\"x", Assert.Single(doc.Rows)[0]);
        Assert.Equal(new Core.Diagnostics.SourcePosition(2, 2), Assert.Single(doc.Diagnostics).Position);
    }

    [Fact]
    public void Other_separators_are_supported()
    {
        var doc = CsvReader.Parse("a;b\n1;\"x;y\"\n", ';');
        Assert.Equal(["1", "x;y"], Assert.Single(doc.Rows));
    }
}
