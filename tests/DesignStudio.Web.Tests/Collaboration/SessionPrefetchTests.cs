using DesignStudio.Data;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Tests.Accounts;
using Microsoft.Extensions.Logging.Abstractions;
using Blog = DesignStudio.Core.Tests.Operations.SampleDesigns;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>
/// The design page's prerender loads the design's session ahead of the circuit (<see cref="DesignSessionService.PrefetchAsync"/>):
/// the page that joins then finds it loaded; a session nobody joins closes again after <see cref="DesignSessionService.PrefetchLifetime"/>.
/// </summary>
public sealed class SessionPrefetchTests : IAsyncLifetime
{
    private readonly SessionHarness harness = SessionHarness.OnSqlite();
    private readonly ManualClock clock = new(DateTimeOffset.UtcNow);
    private DesignSessionService service = null!;
    private Guid project;

    public async Task InitializeAsync()
    {
        service = new DesignSessionService(harness.Log, harness.Bus, new ProjectDesignAccess(harness.Store.Access),
            NullLogger<DesignSessionService>.Instance, clock: clock);
        project = await harness.CreateProjectAsync(Blog.Blog());
    }

    public async Task DisposeAsync()
    {
        await service.DisposeAsync();
        await harness.DisposeAsync();
    }

    private Task<StoreResult<DesignSubscription>> JoinAsync(string clientId) =>
        service.JoinAsync(project, harness.Person("Ana", project), clientId, _ => { });

    [Fact]
    public async Task A_prefetched_session_is_open_with_nobody_present()
    {
        var design = await service.PrefetchAsync(project);

        Assert.Equal(Blog.Blog().Tables.Count, design!.Tables.Count);
        Assert.Equal(1, service.OpenSessionCount);
        Assert.Equal(0, service.SubscriberCount(project));
    }

    [Fact]
    public async Task A_page_joining_after_a_prefetch_gets_the_prefetched_session_without_loading_it_again()
    {
        await service.PrefetchAsync(project);
        // Renamed in the store behind the session's back: a second load would see the new name.
        Assert.Null(await harness.Store.RenameProjectAsync(harness.OwnerId, project, "renamed meanwhile"));

        var joined = await JoinAsync("page-1");

        Assert.True(joined.Succeeded);
        Assert.Equal("shared", joined.Value!.Project.Name);
        Assert.Equal(Blog.Blog().Tables.Count, joined.Value.Design.Tables.Count);
        Assert.Equal(1, service.SubscriberCount(project));
    }

    [Fact]
    public async Task A_prefetched_session_nobody_joins_closes_after_the_prefetch_lifetime()
    {
        await service.PrefetchAsync(project);

        clock.Advance(DesignSessionService.PrefetchLifetime);

        await WaitUntilAsync(() => service.OpenSessionCount == 0);
        // The next page loads it afresh.
        var joined = await JoinAsync("page-1");
        Assert.True(joined.Succeeded);
        Assert.Equal(1, service.OpenSessionCount);
    }

    [Fact]
    public async Task A_prefetched_session_a_page_joined_stays_open_after_the_prefetch_lifetime_and_closes_when_the_page_leaves()
    {
        await service.PrefetchAsync(project);
        var joined = await JoinAsync("page-1");

        clock.Advance(DesignSessionService.PrefetchLifetime);
        await Task.Yield();

        Assert.Equal(1, service.OpenSessionCount);
        Assert.Equal(1, service.SubscriberCount(project));
        joined.Value!.Dispose();
        Assert.Equal(0, service.OpenSessionCount);
    }

    [Fact]
    public async Task Prefetching_a_session_pages_have_open_changes_nothing()
    {
        var joined = await JoinAsync("page-1");

        await service.PrefetchAsync(project);
        clock.Advance(DesignSessionService.PrefetchLifetime);
        await Task.Yield();

        Assert.Equal(1, service.SubscriberCount(project));
        joined.Value!.Dispose();
        Assert.Equal(0, service.OpenSessionCount);
    }

    [Fact]
    public async Task Prefetching_a_missing_project_opens_no_session()
    {
        await service.PrefetchAsync(Guid.NewGuid());

        Assert.Equal(0, service.OpenSessionCount);
    }

    // The close runs on the timer's continuation: wait for it (bounded), never sleep a fixed time.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }
}
