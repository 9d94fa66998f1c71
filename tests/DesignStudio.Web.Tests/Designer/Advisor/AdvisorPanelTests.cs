using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Samples;
using DesignStudio.TestSupport;
using DesignStudio.Web.Components.Pages.Designer.Advisor;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DesignStudio.Web.Tests.Designer.Advisor;

public class AdvisorPanelTests : StudioTestContext
{
    private const string Feed = "SELECT title, created_at FROM posts WHERE user_id = ? ORDER BY created_at DESC LIMIT 20";

    /// <summary>The blog sample without its feed index, sized so the planner has rows to weigh.</summary>
    private static Design Blog(long posts = 20_000) => SampleDesigns.Blog() is var d ? d with
    {
        Tables = [.. d.Tables.Select(t => t with
        {
            RowEstimate = t.Name == "posts" ? posts : 200,
            Indexes = [.. t.Indexes.Where(i => i.Id != "ix_posts_user_id_created_at")],
        })],
    } : throw new InvalidOperationException();

    private EditSession session = new(Blog());

    private IRenderedComponent<AdvisorPanel> RenderPanel() => Render<AdvisorPanel>(p => p
        .Add(x => x.Design, session.Design)
        .Add(x => x.OnOperation, op => Task.FromResult(session.Apply(op).Succeeded)));

    private void Refresh(IRenderedComponent<AdvisorPanel> cut) => cut.Render(p => p.Add(x => x.Design, session.Design));

    private static string Status(IRenderedComponent<AdvisorPanel> cut) => cut.Find("[aria-label='Advisor status']").TextContent;

    private void WithWorkload(params string[] sql) =>
        session = new EditSession(session.Design with
        {
            Workload = [.. sql.Select((q, n) => new WorkloadEntry { Id = "q" + n, Sql = q, Dialect = "sqlite", Frequency = 10, Name = "query " + n })],
        });

    [Fact]
    public void Queries_are_added_reweighted_and_removed_as_operations()
    {
        var cut = RenderPanel();
        Type(cut, "Query SQL", Feed);
        Type(cut, "Query name", "feed");
        cut.Find("select[aria-label='Query syntax']").Change("mysql");
        Button(cut, "Add query").Click();
        var entry = Assert.Single(session.Design.Workload);
        Assert.Equal(("feed", "mysql", 1.0), (entry.Name, entry.Dialect, entry.Frequency));

        Refresh(cut);
        Labelled(cut, "Frequency of query 1").Change("250");
        Assert.Equal(250, session.Design.Workload[0].Frequency);
        Refresh(cut);
        Button(cut, "Remove query 1").Click();
        Assert.Empty(session.Design.Workload);
        session.Undo();
        Assert.Single(session.Design.Workload);
    }

    [Fact]
    public void Propose_lists_candidates_with_write_cost_and_the_skipped_ones_with_reasons()
    {
        WithWorkload(Feed, "SELECT * FROM posts WHERE id = ?");
        var cut = RenderPanel();
        Button(cut, "Propose indexes").Click();
        var candidate = cut.Find("[aria-label='Proposed indexes'] li");
        Assert.Contains("CREATE INDEX", candidate.TextContent);
        Assert.Contains("Write cost: +1 index on posts", candidate.TextContent);
        Assert.Contains("Already served by the primary key", cut.Find("[aria-label='Skipped candidates']").TextContent);
    }

    [Fact]
    public void Verify_with_SQLite_shows_plans_side_by_side_and_add_index_applies_the_proposal()
    {
        WithWorkload(Feed);
        var cut = RenderPanel();
        Button(cut, "Verify with planner").Click();
        cut.WaitForAssertion(() => Assert.Contains("recommended by the SQLite", Status(cut)), TimeSpan.FromMinutes(2));

        Assert.Contains("Recommended", cut.Find("[aria-label='Proposed indexes'] li").TextContent);
        Assert.Contains("SCAN posts", cut.Find("[aria-label='Plan before, query 1']").TextContent);
        Assert.Contains("USING", cut.Find("[aria-label='Plan after, query 1']").TextContent);
        Assert.False(File.Exists(cut.Instance.ScratchName), "the scratch database file is deleted");

        // The verification finishes on a worker thread: wait for its last render before acting on the result.
        cut.WaitForAssertion(() => Assert.False(cut.Find("[aria-label='Proposed indexes'] button[aria-label^='Add index']").HasAttribute("disabled")));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[aria-label='Verification running']")));
        cut.Find("[aria-label='Proposed indexes'] button[aria-label^='Add index']").Click();
        cut.WaitForAssertion(() => Assert.Equal(2, session.Design.GetTable("tbl_posts").Indexes.Count));
        var added = Assert.Single(session.Design.GetTable("tbl_posts").Indexes, i => i.Name!.StartsWith("ix_posts_user_id_created_at", StringComparison.Ordinal));
        Assert.Equal(["col_posts_user_id", "col_posts_created_at"], added.Parts.Take(2).Select(p => p.ColumnId));
        session.Undo();
        Assert.DoesNotContain(session.Design.GetTable("tbl_posts").Indexes, i => i.Id == added.Id);
    }

    [Fact]
    public async Task Cancelling_mid_verification_deletes_the_scratch_database()
    {
        WithWorkload(Feed);
        var cut = RenderPanel();
        // The worker waits at the posts fill until the test has pressed Cancel, so the cancel lands mid-verification
        // however fast the machine is.
        using var atFill = new ManualResetEventSlim();
        using var cancelPressed = new ManualResetEventSlim();
        cut.Instance.StepObserved = step =>
        {
            if (!step.StartsWith("Filling posts", StringComparison.Ordinal)) return;
            atFill.Set();
            cancelPressed.Wait(TimeSpan.FromMinutes(1));
        };
        // Not awaited: the handler runs the whole verification, and this test acts while it is running.
        _ = Button(cut, "Verify with planner").ClickAsync(new());
        Assert.True(atFill.Wait(TimeSpan.FromMinutes(1)), "the verification reaches the posts fill");
        // The step's render was queued before the worker stopped: let the renderer run it, so the button found next is
        // the one on screen (a button found before a render has a stale handler).
        await cut.InvokeAsync(() => { });
        Assert.StartsWith("Filling posts", Status(cut), StringComparison.Ordinal);
        Button(cut, "Cancel verification").Click();
        Assert.Equal("Cancelling…", Status(cut));
        cancelPressed.Set();

        cut.WaitForAssertion(() => Assert.Equal("Verification cancelled; the scratch database was dropped.", Status(cut)), TimeSpan.FromMinutes(1));
        Assert.NotNull(cut.Instance.ScratchName);
        Assert.False(File.Exists(cut.Instance.ScratchName), $"the scratch file {cut.Instance.ScratchName} is deleted");
        Assert.Empty(cut.FindAll("[aria-label='Plans before and after']"));
    }

    [SkippableFact]
    public async Task Verifies_on_the_configured_PostgreSQL_sandbox_and_leaves_no_database()
    {
        Services.AddSingleton(new AdvisorSandbox(TestEnvironment.PostgresConnectionString, null));
        session = new EditSession(Blog(posts: 50_000) with
        {
            Workload = [new WorkloadEntry { Id = "q", Sql = "SELECT id FROM posts WHERE user_id = $1 AND created_at > $2 ORDER BY title LIMIT 10", Dialect = "postgres" }],
        });
        var cut = RenderPanel();
        cut.Find("select[aria-label='Planner']").Change("postgres");
        Button(cut, "Verify with planner").Click();
        cut.WaitForAssertion(() => Assert.Contains("recommended by the PostgreSQL", Status(cut)), TimeSpan.FromMinutes(2));

        var chips = cut.FindAll("[aria-label='Proposed indexes'] li .mud-chip").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("Recommended", chips);
        Assert.Contains("No benefit", chips); // the composite order the planner priced higher
        Assert.Contains("cost", cut.Find("[aria-label='Plan after, query 1']").TextContent);

        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @n", connection);
        command.Parameters.AddWithValue("n", cut.Instance.ScratchName!);
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }
}
