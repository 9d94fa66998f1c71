using System.Text.RegularExpressions;
using DesignStudio.Core.Dialects;
using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Tests.Introspection;
using DesignStudio.TestSupport;
using Xunit.Abstractions;

namespace DesignStudio.Engines.Tests.RoundTrip;

/// <summary>MySQL corpus files on MariaDB: import → generate → execute → read back equals the import and the file's own catalog.</summary>
public sealed class MariaDbRoundTripTests(ITestOutputHelper output)
{
    private static readonly SchemaProjection.Options Options = new(KeepSchema: false, FoldIdentityKind: true);

    [SkippableTheory]
    [InlineData("mysql/chinook.sql")]
    [InlineData("mysql/employees.sql")]
    public async Task RoundTrip_of_mysql_corpus_file_on_mariadb_reads_back_the_same_schema(string file)
    {
        var server = TestEnvironment.MariaDbConnectionString;
        var run = await RoundTripRun.RunAsync(file, DialectNames.MariaDb,
            () => ScratchDatabase.CreateMySqlAsync(server), CorpusLoader.LoadMariaDbAsync, output);
        run.AssertSameShape(Options, Normalise, output);
    }

    [SkippableTheory]
    [InlineData("mysql/sakila.sql")]
    public Task RoundTrip_of_mysql_sakila_on_mariadb_reads_back_the_same_schema(string file) =>
        RoundTrip_of_mysql_corpus_file_on_mariadb_reads_back_the_same_schema(file);

    // The generator writes timestamps as DATETIME(6) (the portable timestamp keeps microseconds) and the reader reports
    // the fractional precision: timestamp(6) is the portable timestamp.
    // InnoDB creates an index for a foreign key whose columns have none (named after the column when the constraint
    // is unnamed); it shows in the catalog of the original file but is not a declaration, so single-purpose indexes
    // over exactly a foreign key's columns are left out on every side.
    // InnoDB treats RESTRICT as NO ACTION (both check immediately) and the catalog reader folds the two, so the
    // import's RESTRICT (sakila) is compared as NO ACTION.
    private static IReadOnlyList<string> Normalise(IReadOnlyList<string> lines)
    {
        var fkColumns = lines.Where(l => l.StartsWith("fk ", StringComparison.Ordinal))
            .Select(l => Regex.Match(l, @"^fk (\S+) \(([^)]*)\)")).Select(m => $"index {m.Groups[1].Value} BTree ({m.Groups[2].Value})").ToHashSet();
        return lines.Select(l => Regex.Replace(l, @"^(column \S+ timestamp)\(6\)", "$1"))
            .Select(l => l.StartsWith("fk ", StringComparison.Ordinal) ? Regex.Replace(l, @"(on (?:delete|update)) restrict\b", "$1 no action") : l)
            .Where(l => !fkColumns.Contains(l)).Order(StringComparer.Ordinal).ToList();
    }
}
