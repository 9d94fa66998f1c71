using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Core.Tests.Serialization;

public class DesignFileLayoutTests
{
    private static readonly Design OneTable = new()
    {
        Name = "D",
        Tables =
        [
            new Table
            {
                Id = "t", Name = "users",
                Columns = [new Column { Id = "c", Name = "email", Type = LogicalType.Varchar(255) }, new Column { Id = "d", Name = "naïve", Type = LogicalType.Decimal(10, 2), Nullable = false }],
            },
        ],
    };

    [Fact]
    public void Writes_the_envelope_first_with_format_and_version()
    {
        var json = DesignFile.Serialize(OneTable);
        Assert.StartsWith("{\n  \"format\": \"designstudio\",\n  \"version\": 1,\n  \"design\": {\n", json);
    }

    [Fact]
    public void Ends_with_a_single_newline_and_uses_only_line_feeds()
    {
        var json = DesignFile.Serialize(OneTable);
        Assert.EndsWith("}\n", json);
        Assert.False(json.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.DoesNotContain("\r", json);
    }

    [Fact]
    public void Writes_types_in_portable_spelling_and_omits_defaults_and_nulls()
    {
        var json = DesignFile.Serialize(OneTable);
        Assert.Contains("\"type\": \"varchar(255)\"", json);
        Assert.Contains("\"type\": \"decimal(10,2)\"", json);
        Assert.Contains("\"nullable\": false", json);
        Assert.DoesNotContain("\"nullable\": true", json);
        Assert.DoesNotContain(": null", json);
        Assert.DoesNotContain("\"uniques\"", json);
        Assert.DoesNotContain("\"identity\"", json);
    }

    [Fact]
    public void Keeps_non_ascii_names_readable()
    {
        Assert.Contains("\"name\": \"naïve\"", DesignFile.Serialize(OneTable));
    }

    [Fact]
    public void Writes_properties_in_a_fixed_order_whatever_the_input_order()
    {
        const string shuffled = """
            {"design": {"tables": [{"columns": [{"type": "int32", "name": "a", "id": "c"}], "name": "t", "id": "t"}], "name": "D"},
             "version": 1, "format": "designstudio"}
            """;
        var json = DesignFile.Serialize(DesignFile.Read(shuffled).Design!);
        Assert.True(json.IndexOf("\"id\": \"c\"", StringComparison.Ordinal) < json.IndexOf("\"name\": \"a\"", StringComparison.Ordinal));
        Assert.True(json.IndexOf("\"name\": \"a\"", StringComparison.Ordinal) < json.IndexOf("\"type\": \"int32\"", StringComparison.Ordinal));
        Assert.True(json.IndexOf("\"format\"", StringComparison.Ordinal) < json.IndexOf("\"design\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_list_order_of_the_model()
    {
        var design = new Design { Tables = [new Table { Id = "z", Name = "zebra" }, new Table { Id = "a", Name = "aardvark" }] };
        var json = DesignFile.Serialize(design);
        Assert.True(json.IndexOf("zebra", StringComparison.Ordinal) < json.IndexOf("aardvark", StringComparison.Ordinal));
    }
}
