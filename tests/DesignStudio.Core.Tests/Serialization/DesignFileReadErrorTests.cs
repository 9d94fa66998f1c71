using System.Text;
using System.Text.Json.Nodes;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Core.Tests.Serialization;

public class DesignFileReadErrorTests
{
    private static Diagnostic SingleError(string json)
    {
        var result = DesignFile.Read(json);
        Assert.Null(result.Design);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Malformed_json_reports_one_based_line_and_column()
    {
        var error = SingleError("{\n  \"format\": \"designstudio\",\n  \"version\": tru\n}");
        Assert.Equal(DesignFileCodes.MalformedJson, error.Code);
        // System.Text.Json reports where it noticed the problem: just after the broken literal on line 3.
        Assert.Equal(3, error.Position!.Value.Line);
        Assert.InRange(error.Position.Value.Column, 14, 18);
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Fact]
    public void Column_counts_characters_not_bytes_after_non_ascii_text()
    {
        var error = SingleError("{\"design\": {\"name\": \"ééé\" x}}");
        Assert.Equal(new SourcePosition(1, 27), error.Position);
    }

    [Fact]
    public void Truncated_file_is_reported_not_thrown()
    {
        var error = SingleError("{\"format\": \"designstudio\", \"version\": 1, \"design\": {\"tables\": [");
        Assert.Equal(DesignFileCodes.MalformedJson, error.Code);
        Assert.NotNull(error.Position);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("// comment\n{}")]
    [InlineData("{} {}")]
    public void Other_malformed_texts_are_diagnostics(string json) =>
        Assert.Equal(DesignFileCodes.MalformedJson, SingleError(json).Code);

    [Fact]
    public void Duplicate_property_is_reported_with_its_position()
    {
        var error = SingleError("{\"format\": \"designstudio\",\n \"format\": \"x\"}");
        Assert.Equal(DesignFileCodes.MalformedJson, error.Code);
        Assert.Equal(new SourcePosition(2, 2), error.Position);
        Assert.Contains("Duplicate property 'format'", error.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"version\": 1, \"design\": {}}")]
    [InlineData("{\"format\": \"other\", \"version\": 1, \"design\": {}}")]
    [InlineData("{\"format\": \"designstudio\", \"version\": 1}")]
    public void Json_that_is_not_a_design_file_is_refused(string json) =>
        Assert.Equal(DesignFileCodes.NotADesignFile, SingleError(json).Code);

    [Fact]
    public void Newer_version_is_refused_with_a_clear_message()
    {
        var error = SingleError("{\"format\": \"designstudio\", \"version\": 7, \"design\": {}}");
        Assert.Equal(DesignFileCodes.UnsupportedVersion, error.Code);
        Assert.Contains("version 7", error.Message);
        Assert.Contains("newer DesignStudio", error.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("\"1\"")]
    [InlineData("1.5")]
    public void Invalid_version_is_refused(string version) =>
        Assert.Equal(DesignFileCodes.UnsupportedVersion, SingleError($"{{\"format\": \"designstudio\", \"version\": {version}, \"design\": {{}}}}").Code);

    [Fact]
    public void Wrong_value_type_points_at_the_value()
    {
        const string json = "{\"format\": \"designstudio\", \"version\": 1, \"design\": {\n  \"tables\": [\n    {\"id\": \"t\", \"name\": \"t\",\n     \"columns\": [{\"id\": \"c\", \"name\": \"c\", \"type\": \"int32\", \"nullable\": \"no\"}]}]}}";
        var error = SingleError(json);
        Assert.Equal(DesignFileCodes.InvalidValue, error.Code);
        Assert.Equal("$.design.tables[0].columns[0].nullable", error.Path);
        Assert.Equal(new SourcePosition(4, 72), error.Position);
        Assert.Contains("true or false", error.Message);
    }

    [Fact]
    public void Unknown_property_is_an_error_naming_it()
    {
        var error = SingleError("{\"format\": \"designstudio\", \"version\": 1, \"design\": {\"tables\": [{\"id\": \"t\", \"name\": \"t\", \"colums\": []}]}}");
        Assert.Equal(DesignFileCodes.UnknownProperty, error.Code);
        Assert.Contains("'colums'", error.Message);
    }

    [Fact]
    public void Missing_required_property_and_bad_type_are_both_reported_in_one_read()
    {
        var result = DesignFile.Read("{\"format\": \"designstudio\", \"version\": 1, \"design\": {\"tables\": [{\"name\": \"t\", \"columns\": [{\"id\": \"c\", \"name\": \"c\", \"type\": \"varchar2(10)\"}]}]}}");
        Assert.Null(result.Design);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("Missing required property 'id'"));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'varchar2(10)'") && d.Message.Contains("not a portable type"));
    }

    [Theory]
    [InlineData("\"identity\": \"sometimes\"", "'always'")]
    [InlineData("\"comment\": null", "is null")]
    [InlineData("\"distinctEstimate\": 1.5", "whole number")]
    [InlineData("\"type\": 5", "a type")]
    public void Bad_column_values_are_explained(string property, string expected)
    {
        var json = "{\"format\": \"designstudio\", \"version\": 1, \"design\": {\"tables\": [{\"id\": \"t\", \"name\": \"t\", \"columns\": [{\"id\": \"c\", \"name\": \"c\", \"type\": \"int32\", " + property.Replace("\"type\": \"int32\", ", "") + "}]}]}}";
        if (property.StartsWith("\"type\"", StringComparison.Ordinal)) json = json.Replace("\"type\": \"int32\", ", "");
        Assert.Contains(expected, SingleError(json).Message);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n \"format\": \"design?\"}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;
        var error = Assert.Single(DesignFile.Read(bytes).Diagnostics);
        Assert.Equal(DesignFileCodes.MalformedJson, error.Code);
        Assert.Equal(new SourcePosition(2, 19), error.Position);
    }

    [Theory]
    [InlineData("{\"format\": \"designstudio\", \"version\": 1, \"design\": {\"name\": \"\\ud800\"}}")]
    [InlineData("{\"\\udc00\": 1}")]
    public void Escaped_unpaired_surrogates_are_reported_not_thrown(string json) =>
        Assert.Equal(DesignFileCodes.MalformedJson, SingleError(json).Code);

    [Fact]
    public void Byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(DesignFile.SerializeToUtf8Bytes(new Core.Model.Design { Name = "B" })).ToArray();
        Assert.Equal("B", DesignFile.Read(bytes).Design!.Name);
    }

    [Fact]
    public void Schema_link_for_editors_is_accepted()
    {
        var result = DesignFile.Read("{\"$schema\": \"../schemas/design.schema.json\", \"format\": \"designstudio\", \"version\": 1, \"design\": {}}");
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Older_versions_pass_through_each_upgrade_step_in_order()
    {
        // A pretend format history: v1 called the design's name "title", v2 wrapped tables in "model".
        var json = "{\"format\": \"designstudio\", \"version\": 1, \"design\": {\"title\": \"Old\", \"model\": {\"tables\": [{\"id\": \"t\", \"name\": \"t\"}]}}}";
        IDesignFormatUpgrade[] upgrades = [new RenameTitle(), new UnwrapModel()];
        var result = DesignFile.Read(Encoding.UTF8.GetBytes(json), upgrades, currentVersion: 3);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Old", result.Design!.Name);
        Assert.Equal("t", result.Design.Tables[0].Name);
    }

    [Fact]
    public void Missing_upgrade_step_is_reported()
    {
        var json = "{\"format\": \"designstudio\", \"version\": 1, \"design\": {}}";
        var result = DesignFile.Read(Encoding.UTF8.GetBytes(json), [], currentVersion: 2);
        Assert.Equal(DesignFileCodes.UnsupportedVersion, Assert.Single(result.Diagnostics).Code);
    }

    private sealed class RenameTitle : IDesignFormatUpgrade
    {
        public int FromVersion => 1;

        public void Upgrade(JsonObject design)
        {
            var title = design["title"];
            design.Remove("title");
            design["name"] = title?.DeepClone();
        }
    }

    private sealed class UnwrapModel : IDesignFormatUpgrade
    {
        public int FromVersion => 2;

        public void Upgrade(JsonObject design)
        {
            var tables = design["model"]!["tables"]!.DeepClone();
            design.Remove("model");
            design["tables"] = tables;
        }
    }
}
