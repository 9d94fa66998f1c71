using DesignStudio.Core.Analysis.NormalForms.Tables;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.NormalForms.TableBuilder;

namespace DesignStudio.Core.Tests.Analysis.NormalForms;

public class FirstNormalFormCheckerTests
{
    [Fact]
    public void Numbered_phone_columns_are_a_repeating_group()
    {
        var t = Table("contacts", ["id"], Int("id"), Str("phone1"), Str("phone2"), Str("phone3"));
        var f = Assert.Single(FirstNormalFormChecker.Check(t));
        Assert.Equal("NF101", f.Code);
        Assert.Equal(["contacts.phone1", "contacts.phone2", "contacts.phone3"], f.ColumnIds);
        Assert.True(f.BreaksFirstNormalForm);
    }

    [Fact]
    public void Address_lines_with_underscore_numbers_are_a_repeating_group()
    {
        var t = Table("sites", ["id"], Int("id"), Str("address_line_1"), Str("address_line_2"), Str("city"));
        Assert.Equal("NF101", Assert.Single(FirstNormalFormChecker.Check(t)).Code);
    }

    [Fact]
    public void Hash_and_encoding_names_with_digits_are_not_repeating_groups()
    {
        var t = Table("files", ["id"], Int("id"), Str("sha256"), Str("md5"), Str("utf8_name"), Str("ipv4"), Str("ipv6"));
        Assert.Empty(FirstNormalFormChecker.Check(t));
    }

    [Fact]
    public void Array_columns_are_list_valued_and_json_gets_advice()
    {
        var t = Table("posts", ["id"], Int("id"), ("tags", LogicalType.Text.AsArray()), ("meta", LogicalType.Of(TypeKind.Json)));
        var findings = FirstNormalFormChecker.Check(t);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("NF102", f.Code));
        Assert.True(findings.Single(f => f.ColumnIds[0] == "posts.tags").BreaksFirstNormalForm);
        Assert.False(findings.Single(f => f.ColumnIds[0] == "posts.meta").BreaksFirstNormalForm);
    }

    [Fact]
    public void Full_name_without_name_parts_is_a_composite_value_but_not_with_them()
    {
        var bare = Table("people", ["id"], Int("id"), Str("full_name"));
        Assert.Equal("NF103", Assert.Single(FirstNormalFormChecker.Check(bare)).Code);
        var split = Table("people", ["id"], Int("id"), Str("full_name"), Str("first_name"), Str("last_name"));
        Assert.Empty(FirstNormalFormChecker.Check(split));
    }

    [Fact]
    public void Address_without_parts_is_composite_but_email_address_is_not()
    {
        var t = Table("customers", ["id"], Int("id"), Str("address"), Str("email_address"));
        var f = Assert.Single(FirstNormalFormChecker.Check(t));
        Assert.Equal(["customers.address"], f.ColumnIds);
    }

    [Fact]
    public void Comma_separated_sample_values_are_list_valued_but_numbers_and_prose_are_not()
    {
        var t = Table("orders", ["id"], Int("id"), Str("items"), Str("amount"), Str("remark"));
        string?[][] rows =
        [
            ["1", "apple, pear", "1,234.50", "Fine. Thanks, bye."],
            ["2", "plum;fig;kiwi", "12.00", "Late. Sorry, again."],
            ["3", "apple", "1,000", null],
            ["4", "fig|kiwi", "7", "ok"],
        ];
        var f = Assert.Single(FirstNormalFormChecker.Check(t, rows));
        Assert.Equal("NF104", f.Code);
        Assert.Equal(["orders.items"], f.ColumnIds);
    }

    [Fact]
    public void Sample_values_are_matched_to_table_columns_by_name_whatever_the_sample_column_order()
    {
        var t = Table("orders", ["id"], Int("id"), Str("items"), Str("remark"));
        string[] header = ["REMARK", "extra", "Items", "ID"];
        string?[][] rows =
        [
            ["fine", "a, b", "apple, pear", "1"],
            ["late", "c, d", "plum;fig;kiwi", "2"],
            ["ok", "e, f", "fig|kiwi", "3"],
        ];
        var f = Assert.Single(FirstNormalFormChecker.CheckSampleValues(t, header, rows));
        Assert.Equal(("NF104", "orders.items"), (f.Code, f.ColumnIds.Single()));
        Assert.Empty(FirstNormalFormChecker.CheckSampleValues(t, ["id", "items"], [["1", "apple"], ["2", "pear"], ["3", "fig"]]));
    }
}
