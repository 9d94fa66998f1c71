using System.Text.Json;
using CsCheck;
using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;
using DesignStudio.Core.Serialization;
using DesignStudio.TestSupport;
using Json.Schema;

namespace DesignStudio.Core.Tests.Serialization;

/// <summary>schemas/design.schema.json describes exactly what the writer produces and the reader accepts.</summary>
public class DesignSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "schemas", "design.schema.json"))));

    private static IReadOnlyList<string> SchemaErrors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid").ToList();
    }

    [Fact]
    public void Schema_declares_draft_2020_12()
    {
        var text = File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "schemas", "design.schema.json"));
        Assert.Contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", text);
    }

    [Fact]
    public void Blog_sample_validates_against_the_schema() => Assert.Empty(SchemaErrors(SampleDesigns.BlogSample.ReadJson()));

    [Fact]
    public void Design_with_every_member_validates_against_the_schema() =>
        Assert.Empty(SchemaErrors(DesignFile.Serialize(DesignFileRoundTripTests.FullDesign())));

    [Fact]
    public void Random_designs_validate_against_the_schema() =>
        DesignGenerators.Design.Sample(d => Assert.Empty(SchemaErrors(DesignFile.Serialize(d))), iter: 100);

    [Theory]
    [InlineData("\"colums\": []")]
    [InlineData("\"rowEstimate\": \"many\"")]
    [InlineData("\"position\": {\"x\": 1}")]
    public void Schema_and_reader_both_refuse_wrong_shapes(string extra)
    {
        var json = "{\"format\": \"designstudio\", \"version\": 1, \"design\": {\"tables\": [{\"id\": \"t\", \"name\": \"t\", " + extra + "}]}}";
        Assert.NotEmpty(SchemaErrors(json));
        Assert.False(DesignFile.Read(json).Succeeded);
    }

    [Theory]
    [InlineData("varchar2(10)")]
    [InlineData("VARCHAR")]
    [InlineData("int32(5)x")]
    public void Schema_refuses_type_spellings_that_are_not_portable(string type)
    {
        var json = "{\"format\": \"designstudio\", \"version\": 1, \"design\": {\"tables\": [{\"id\": \"t\", \"name\": \"t\", \"columns\": [{\"id\": \"c\", \"name\": \"c\", \"type\": \"" + type + "\"}]}]}}";
        Assert.NotEmpty(SchemaErrors(json));
    }

    [Fact]
    public void Newer_version_fails_the_schema_too()
    {
        var json = DesignFile.Serialize(new Design()).Replace("\"version\": 1", "\"version\": 2");
        Assert.NotEmpty(SchemaErrors(json));
    }
}
