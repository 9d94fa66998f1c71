using System.Security.Claims;
using Bunit;
using DesignStudio.Data;
using DesignStudio.Data.Comments;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Accounts;
using DesignStudio.Web.Components.Pages.Designer.Versions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using MudBlazor.Services;
using Blog = DesignStudio.Core.Tests.Operations.SampleDesigns;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>
/// Two studio instances over one real PostgreSQL database, each with its own store objects, version events and comment
/// relay (its own LISTEN connection): a version committed at one reaches the version history open at the other.
/// </summary>
public sealed class CrossInstanceVersionHistoryTests : BunitContext, IAsyncLifetime
{
    private bool disposedAsync;

    public CrossInstanceVersionHistoryTests()
    {
        // The relay delivers in the background; the timeout only stops a hang.
        DefaultWaitTimeout = TimeSpan.FromSeconds(30);
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
    }

    [SkippableFact]
    public async Task A_version_committed_at_one_instance_shows_in_the_history_open_at_the_other()
    {
        await using var scratch = await ScratchPostgres.CreateAsync();
        await using var harness = await SessionHarness.OnPostgresAsync(scratch.Database, scratch.ConnectionString);
        var project = await harness.CreateProjectAsync(Blog.Blog());
        var (eventsA, eventsB, reviewsB) = (new VersionEvents(), new VersionEvents(), new ReviewEvents());
        await using var relayA = new PostgresCommentRelay(scratch.ConnectionString, new CommentEvents(), new ReviewEvents(), eventsA,
            NullLogger<PostgresCommentRelay>.Instance);
        await using var relayB = new PostgresCommentRelay(scratch.ConnectionString, new CommentEvents(), reviewsB, eventsB,
            NullLogger<PostgresCommentRelay>.Instance);
        await relayA.StartAsync();
        await relayB.StartAsync();
        var versionsA = new VersionStore(scratch.Database, TimeProvider.System, eventsA, NullLogger<VersionStore>.Instance);
        Assert.True((await versionsA.CommitVersionAsync(harness.OwnerId, project, Blog.Blog(), "base")).Succeeded);

        // Instance B: its own store objects over the same database, and the owner's page showing the history.
        var databaseB = new ProjectDatabase(DatabaseProvider.Postgres, scratch.ConnectionString);
        Services.AddSingleton(eventsB);
        Services.AddSingleton(reviewsB);
        Services.AddSingleton(new VersionStore(databaseB, TimeProvider.System, eventsB, NullLogger<VersionStore>.Instance));
        Services.AddSingleton(new ProjectStore(databaseB, TimeProvider.System, NullLogger<ProjectStore>.Instance));
        Services.AddSingleton(new ReviewStore(databaseB, TimeProvider.System, reviewsB, NullLogger<ReviewStore>.Instance));
        Services.AddScoped<CurrentUser>();
        var authorization = AddAuthorization();
        authorization.SetAuthorized("harness-owner");
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, harness.OwnerId));
        Render<MudPopoverProvider>();
        var panel = Render<VersionsPanel>(p => p.Add(x => x.ProjectId, project).Add(x => x.Design, Blog.Blog()).Add(x => x.DocumentVersion, 1));
        panel.WaitForAssertion(() => Assert.Contains("v1 · base", panel.Find("[aria-label='Version history']").TextContent));

        Assert.True((await versionsA.CommitVersionAsync(harness.OwnerId, project, Blog.Blog(), "committed at A")).Succeeded);
        panel.WaitForAssertion(() => Assert.Contains("v2 · committed at A", panel.Find("[aria-label='Version history']").TextContent));

        Assert.Null(await versionsA.TagVersionAsync(harness.OwnerId, project, 2, "tagged at A"));
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[aria-label='Tag tagged at A']")));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor services are only IAsyncDisposable, so the container must be disposed asynchronously.
    async Task IAsyncLifetime.DisposeAsync()
    {
        disposedAsync = true;
        await DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposedAsync) base.Dispose(disposing);
    }
}
