using System.Text.RegularExpressions;
using DesignStudio.Core.Dialects;
using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Tests.Introspection;
using DesignStudio.TestSupport;
using Xunit.Abstractions;

namespace DesignStudio.Engines.Tests.RoundTrip;

/// <summary>PostgreSQL corpus files: import → generate → execute → read back equals the import and the file's own catalog.</summary>
public sealed class PostgreSqlRoundTripTests(ITestOutputHelper output)
{
    private static readonly SchemaProjection.Options Options = new(KeepSchema: true, FoldIdentityKind: false, DefaultSchema: "public");

    [SkippableTheory]
    [InlineData("postgresql/chinook.sql")]
    [InlineData("postgresql/northwind.sql")]
    public async Task RoundTrip_of_postgres_corpus_file_reads_back_the_same_schema(string file)
    {
        var server = TestEnvironment.PostgresConnectionString;
        var run = await RoundTripRun.RunAsync(file, DialectNames.PostgreSql,
            () => ScratchDatabase.CreatePostgreSqlAsync(server), CorpusLoader.LoadPostgreSqlAsync, output);
        run.AssertSameShape(Options, Normalise, output);
    }

    [SkippableTheory]
    [InlineData("postgresql/pagila.sql")]
    [InlineData("postgresql/danbooru.sql")]
    public Task RoundTrip_of_postgres_pagila_and_danbooru_reads_back_the_same_schema(string file) =>
        RoundTrip_of_postgres_corpus_file_reads_back_the_same_schema(file);

    // The catalog prints expressions as pg_get_expr does: objects on the search path lose their schema
    // (nextval('public.actor_actor_id_seq') reads back as nextval('actor_actor_id_seq')), so inside expressions the
    // default schema is dropped on every side (the projection has already removed parentheses, hence no word boundary).
    private static IReadOnlyList<string> Normalise(IReadOnlyList<string> lines) =>
        lines.Select(l => l.Contains("expr:", StringComparison.Ordinal) ? Regex.Replace(l, @"(?<![.""])public\.", "") : l).ToList();
}
