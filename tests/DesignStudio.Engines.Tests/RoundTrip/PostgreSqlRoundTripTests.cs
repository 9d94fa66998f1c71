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
        run.AssertSameShape(Options, lines => lines, output);
    }

    [SkippableTheory(Skip = "Generator bugs found by this test, not fixed yet: pagila's nextval defaults are created before "
        + "their sequences (relation public.actor_actor_id_seq does not exist); danbooru's foreign key to login_sessions "
        + "targets a unique index that is created after the foreign key (no unique constraint matching given keys).")]
    [InlineData("postgresql/pagila.sql")]
    [InlineData("postgresql/danbooru.sql")]
    public Task RoundTrip_of_postgres_pagila_and_danbooru_reads_back_the_same_schema(string file) =>
        RoundTrip_of_postgres_corpus_file_reads_back_the_same_schema(file);
}
