using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Import;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Introspection;
using DesignStudio.TestSupport;
using Xunit.Abstractions;

namespace DesignStudio.Engines.Tests.RoundTrip;

/// <summary>
/// One corpus file taken round: imported, generated for <c>dialect</c>, executed in a fresh scratch database and read
/// back; and the original file loaded into a second scratch database and read, for the comparison with the engine's
/// own reading of the file.
/// </summary>
internal sealed record RoundTripRun(Design Imported, Design RoundTripped, Design Original, string Ddl)
{
    public static async Task<RoundTripRun> RunAsync(
        string file, string dialect, Func<Task<ScratchDatabase>> create,
        Func<ScratchDatabase, string, Task<IReadOnlyList<string>>> loadOriginal, ITestOutputHelper output)
    {
        var import = SqlDdlImporter.Import(await File.ReadAllTextAsync(TestEnvironment.CorpusFile(file)), dialect);
        Assert.True(import.Report.ErrorCount == 0, string.Join("\n", import.Report.Diagnostics.Where(d => d.Severity == Severity.Error)));
        var script = DialectRegistry.Get(dialect).GenerateDdl(import.Design);
        Assert.DoesNotContain(script.Diagnostics, d => d.Severity == Severity.Error);

        await using var generated = await create();
        var run = await generated.CreateExecutor().ExecuteAsync(script);
        Assert.True(run.Succeeded, run + "\n\n" + script.ToText());
        var roundTripped = await ReadAsync(generated, output);

        await using var original = await create();
        var errors = await loadOriginal(original, file);
        foreach (var error in errors) output.WriteLine("loading the original: " + error);
        Assert.Empty(errors);
        return new RoundTripRun(import.Design, roundTripped, await ReadAsync(original, output), script.ToText());
    }

    private static async Task<Design> ReadAsync(ScratchDatabase database, ITestOutputHelper output)
    {
        var result = await CatalogReaders.For(database.Engine)!.ReadAsync(database.ConnectionString);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var d in result.Diagnostics.Where(d => d.Severity == Severity.Error)) output.WriteLine(d.ToString());
        return result.Design!;
    }

    /// <summary>Asserts that the projections agree, printing every differing line.</summary>
    public void AssertSameShape(SchemaProjection.Options options, Func<IReadOnlyList<string>, IReadOnlyList<string>> normalise, ITestOutputHelper output)
    {
        var roundTripped = normalise(SchemaProjection.Of(RoundTripped, options));
        var vsImport = SchemaProjection.Differences(normalise(SchemaProjection.Of(Imported, options)), roundTripped);
        var vsOriginal = SchemaProjection.Differences(normalise(SchemaProjection.Of(Original, options)), roundTripped);
        foreach (var line in vsImport) output.WriteLine("import vs round trip: " + line);
        foreach (var line in vsOriginal) output.WriteLine("original catalog vs round trip: " + line);
        Assert.True(roundTripped.Count > 0, "The round trip read nothing back.");
        Assert.Empty(vsImport);
        Assert.Empty(vsOriginal);
    }
}
