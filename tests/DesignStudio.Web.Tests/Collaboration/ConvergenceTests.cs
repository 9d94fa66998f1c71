using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Operations;
using DesignStudio.TestSupport;
using DesignStudio.Web.Collaboration;
using Npgsql;
using Blog = DesignStudio.Core.Tests.Operations.SampleDesigns;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>
/// Many clients editing one design at once, each from its own (often stale) model, end with identical models equal
/// to replaying the operation log — on one instance, and on two instances sharing one PostgreSQL database.
/// </summary>
public class ConvergenceTests
{
    private const int Clients = 8;
    private const int OperationsPerClient = 40;

    [Fact]
    public async Task Eight_clients_on_one_instance_converge_on_the_replay_of_the_log()
    {
        var harness = SessionHarness.OnSqlite();
        await using var _ = harness;
        var project = await harness.CreateProjectAsync(Blog.Blog());
        var clients = Enumerable.Range(0, Clients).Select(i => new SimulatedClient(harness, project, "client" + i)).ToList();

        await RunAsync(clients, seed: 1);

        await AssertConvergedAsync(harness, project, clients);
    }

    [SkippableFact]
    public async Task Eight_clients_on_two_instances_sharing_postgresql_converge_on_the_replay_of_the_log()
    {
        var server = TestEnvironment.PostgresConnectionString;
        var name = "designstudio_collab_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            var database = new Data.ProjectDatabase(Data.DatabaseProvider.Postgres, connection);
            await database.MigrateAsync();
            await using var first = await SessionHarness.OnPostgresAsync(database, connection);
            await using var second = await SessionHarness.OnPostgresAsync(database, connection);
            var project = await first.CreateProjectAsync(Blog.Blog());
            var clients = Enumerable.Range(0, Clients)
                .Select(i => new SimulatedClient(i % 2 == 0 ? first : second, project, "client" + i)).ToList();

            await RunAsync(clients, seed: 2);

            await AssertConvergedAsync(first, project, clients);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task RunAsync(List<SimulatedClient> clients, int seed)
    {
        foreach (var client in clients) await client.JoinAsync();
        var accepted = 0;
        await Task.WhenAll(clients.Select((client, index) => Task.Run(async () =>
        {
            var random = new Random(seed * 100 + index);
            for (var i = 0; i < OperationsPerClient; i++)
            {
                var (model, _) = client.Snapshot();
                var serial = index * 10_000 + i;
                var result = random.Next(10) == 0
                    ? await UndoAsync(client)
                    : await client.SubmitAsync(RandomOperations.Make(model, random.Next(RandomOperations.Kinds), random.Next(1000), random.Next(1000), serial));
                if (result is SubmitResult.Accepted) Interlocked.Increment(ref accepted);
            }
        })));
        Assert.True(accepted > Clients * OperationsPerClient / 4, $"only {accepted} operations were accepted");
    }

    private static Task<SubmitResult> UndoAsync(SimulatedClient client) => client.UndoAsync();

    private static async Task AssertConvergedAsync(SessionHarness harness, Guid project, List<SimulatedClient> clients)
    {
        var latest = await harness.Log.LatestSequenceAsync(project);
        // Waiting, not timing: each client completes when it has applied the whole log (the guard only stops a hang).
        await Task.WhenAll(clients.Select(c => c.WaitForAsync(latest))).WaitAsync(TimeSpan.FromMinutes(2));

        var replay = Blog.Blog();
        foreach (var entry in await harness.Log.ReadSinceAsync(project, 0))
        {
            var result = entry.Operation.Apply(replay);
            Assert.True(result.Succeeded, $"log entry {entry.Sequence} does not replay: {string.Join("; ", result.Diagnostics)}");
            replay = result.Design;
        }
        Assert.Equal(replay, (await harness.Log.LoadAsync(project))!.Design);
        foreach (var client in clients)
        {
            Assert.Empty(client.Problems);
            Assert.Equal(latest, client.Sequence);
            Assert.Equal(replay, client.Model);
            client.Dispose();
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
