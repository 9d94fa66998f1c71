using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Serialization.Operations;
using DesignStudio.Data;
using DesignStudio.Data.Collaboration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.E2E.Tests;

/// <summary>An acknowledged operation survives <c>kill -9</c> of the studio process.</summary>
public sealed class CrashSafetyTests
{
    [Fact]
    public async Task Every_acknowledged_operation_is_in_the_design_after_kill_9_and_restart()
    {
        var data = Directory.CreateTempSubdirectory("designstudio-kill-").FullName;
        try
        {
            var database = ProjectDatabase.ForSqliteFile(Path.Combine(data, "designstudio.db"));
            await database.MigrateAsync();
            var store = new ProjectStore(database, TimeProvider.System, NullLogger<ProjectStore>.Instance);
            var acknowledged = new List<(string OpId, string TableId, long Sequence)>();
            var unacknowledged = new List<(string OpId, DesignOperation Operation)>();
            Guid project;
            CookieContainer cookies;

            using (var studio = await StudioProcess.StartAsync(data))
            {
                // The operation API needs a signed-in editor: register an account (which signs in) and give it the project.
                (var http, cookies) = await RegisterAsync(studio.Address, "writer", "writer-password-1");
                using var _ = http;
                project = (await store.CreateProjectAsync(await UserIdAsync(database, "writer"), "crash", new Design())).Value!.Id;
                // Four writers stream operations; the process is killed while they are mid-stream.
                var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
                {
                    for (var i = 0; i < 500; i++)
                    {
                        var tableId = $"tbl_{w}_{i}";
                        var operation = new AddTable(new Table { Id = tableId, Name = tableId });
                        var opId = $"w{w}-{i}";
                        HttpResponseMessage response;
                        string body;
                        try
                        {
                            response = await PostAsync(http, project, "writer" + w, opId, 0, operation);
                            body = await response.Content.ReadAsStringAsync();
                        }
                        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
                        {
                            // No answer: the process died under the request (or before it). Resubmitted after the restart.
                            lock (acknowledged) unacknowledged.Add((opId, operation));
                            return;
                        }
                        // An answer that is not an acknowledgement is a real failure, reported as such (not as a hang).
                        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{opId}: {(int)response.StatusCode} {body}");
                        using var answer = JsonDocument.Parse(body);
                        lock (acknowledged) acknowledged.Add((opId, tableId, answer.RootElement.GetProperty("sequence").GetInt64()));
                    }
                })).ToList();
                while (true)
                {
                    lock (acknowledged) if (acknowledged.Count >= 40) break;
                    // A writer that failed (or all that finished) would leave this loop waiting forever: surface it.
                    if (writers.FirstOrDefault(t => t.IsFaulted) is { } failed) await failed;
                    Assert.False(writers.All(t => t.IsCompleted), "The writers stopped before 40 acknowledgements.");
                    await Task.Delay(5);
                }
                studio.KillHard();
                await Task.WhenAll(writers);
            }

            Assert.True(acknowledged.Count >= 40);
            using (var restarted = await StudioProcess.StartAsync(data))
            {
                var log = new OperationLog(database, TimeProvider.System, NullLogger<OperationLog>.Instance);
                var design = (await log.LoadAsync(project))!;
                foreach (var (opId, tableId, sequence) in acknowledged)
                {
                    Assert.NotNull(design.Design.FindTable(tableId));
                    Assert.Equal(sequence, await log.FindAsync(project, "writer" + opId[1], opId));
                }
                Assert.Equal(design.Sequence, await log.LatestSequenceAsync(project));

                // A writer whose answer was lost resubmits: it is acknowledged once, never applied twice.
                // The cookie survives the restart: the Data Protection keys live in the project database.
                using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = restarted.Address };
                foreach (var (opId, operation) in unacknowledged)
                {
                    var response = await PostAsync(http, project, "writer" + opId[1], opId, design.Sequence, operation);
                    Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
                }
                var after = (await log.LoadAsync(project))!;
                Assert.Equal(acknowledged.Count + unacknowledged.Count, after.Design.Tables.Count);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, Guid project, string clientId, string opId, long baseSequence, DesignOperation operation)
    {
        var body = $"{{\"clientId\":\"{clientId}\",\"clientOperationId\":\"{opId}\",\"baseSequence\":{baseSequence},\"operation\":{OperationJson.Serialize(operation)}}}";
        return http.PostAsync($"api/projects/{project}/operations", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    // Registers through the real form (antiforgery token and all); registering signs the new account in.
    private static async Task<(HttpClient Http, CookieContainer Cookies)> RegisterAsync(Uri address, string userName, string password)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        var form = await http.GetStringAsync("/account/register");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var response = await http.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["email"] = userName + "@example.test", ["password"] = password, ["confirmPassword"] = password,
            ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/",
            $"Registering {userName} failed: {(int)response.StatusCode} {response.Headers.Location}");
        return (http, cookies);
    }

    private static async Task<string> UserIdAsync(ProjectDatabase database, string userName)
    {
        await using var db = database.CreateContext();
        return await db.Users.Where(u => u.NormalizedUserName == userName.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
    }
}
