using System.Text.RegularExpressions;
using DesignStudio.Core.Dialects;
using DesignStudio.Engines.Execution;
using Xunit.Abstractions;

namespace DesignStudio.Engines.Tests.RoundTrip;

/// <summary>SQLite corpus files: import → generate → execute → read back equals the import and the file's own catalog.</summary>
public sealed class SqliteRoundTripTests(ITestOutputHelper output)
{
    private static readonly SchemaProjection.Options Options = new(KeepSchema: false, FoldIdentityKind: true);

    [Theory]
    [InlineData("sqlite/chinook.sql")]
    [InlineData("sqlite/sakila.sql")]
    [InlineData("sqlite/anki.sql")]
    public async Task RoundTrip_of_sqlite_corpus_file_reads_back_the_same_schema(string file)
    {
        var run = await RoundTripRun.RunAsync(file, DialectNames.Sqlite, () => Task.FromResult(ScratchDatabase.CreateSqlite()), LoadAsync, output);
        run.AssertSameShape(Options, Normalise, output);
    }

    // SQLite has no date or time types: the generator stores timestamps, dates and times as ISO-8601 TEXT (documented
    // in SqliteTypeMapper), so a column declared DATETIME comes back as text. The projection folds the temporal kinds
    // into text on every side.
    // SQLite keeps every integer in one 64-bit INTEGER storage class: the generator writes int32 as INTEGER, which the
    // importer and the reader both read as int64 (the type name INTEGER), so the integer kinds are folded too.
    private static IReadOnlyList<string> Normalise(IReadOnlyList<string> lines) =>
        lines.Select(l => Regex.Replace(l, @"^(column \S+) (timestamptz|timestamp|date|time)\b", "$1 text"))
            .Select(l => Regex.Replace(l, @"^(column \S+) (int16|int32|int64)\b", "$1 integer"))
            .Order(StringComparer.Ordinal).ToList();

    private static async Task<IReadOnlyList<string>> LoadAsync(ScratchDatabase database, string file)
    {
        var run = await database.CreateExecutor().ExecuteAsync([await File.ReadAllTextAsync(DesignStudio.TestSupport.TestEnvironment.CorpusFile(file))]);
        return run.Succeeded ? [] : [run.ToString()];
    }
}
