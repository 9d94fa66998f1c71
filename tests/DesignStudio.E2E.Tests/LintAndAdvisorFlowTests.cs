using DesignStudio.Core.Model;
using DesignStudio.Web.Services;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DesignStudio.E2E.Tests;

/// <summary>
/// Lint and the index advisor in real Chromium: a table without a primary key is reported and its quick fix clears it;
/// a workload query gets an index proposal, the SQLite planner proves it with plans before and after, and "Add index"
/// puts it into the design (seen in the DDL).
/// </summary>
public sealed class LintAndAdvisorFlowTests
{
    private const string Feed = "SELECT title, created_at FROM posts WHERE user_id = ? ORDER BY created_at DESC LIMIT 20";

    /// <summary>The blog without its feed index (the advisor's job), sized for the planner, plus a table with no key (LN001).</summary>
    private static Design Design()
    {
        var blog = StarterDesigns.Blog();
        return blog with
        {
            Tables =
            [
                .. blog.Tables.Select(t => t with
                {
                    RowEstimate = t.Name == "posts" ? 20_000 : 200,
                    Indexes = [.. t.Indexes.Where(i => i.Id != "ix_posts_user_id_created_at")],
                }),
                new Table
                {
                    Id = "tbl_audit_log", Name = "audit_log",
                    Columns = [new Column { Id = "col_audit_log_message", Name = "message", Type = LogicalType.Text, Nullable = false }],
                },
            ],
        };
    }

    [SkippableFact]
    public async Task Quick_fix_clears_a_lint_finding_and_a_planner_verified_index_proposal_is_added_to_the_design()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var project = (await server.Store.CreateProjectAsync("Tuned blog", Design())).Value!;
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = server.Address.ToString(), ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        page.SetDefaultTimeout(BrowserSession.ActionTimeoutMs);
        await page.GotoAsync($"/projects/{project.Id}");
        await BrowserSession.WaitForInteractiveAsync(page);

        // Lint: the keyless table is reported; its quick fix adds an identity key and the finding goes away.
        await BrowserSession.OpenTabAsync(page, "Lint");
        var lint = page.GetByRole(AriaRole.Region, new() { Name = "Lint", Exact = true });
        var finding = lint.Locator("li[data-code='LN001']").Filter(new() { HasText = "audit_log" });
        await Expect(finding).ToHaveCountAsync(1);
        await finding.GetByRole(AriaRole.Button, new() { Name = "Quick fix: Add an identity column id (int64) to audit_log as its primary key" }).ClickAsync();
        await Expect(finding).ToHaveCountAsync(0);
        var saveStatus = page.GetByRole(AriaRole.Status, new() { Name = "Save status" });
        await Expect(saveStatus).ToHaveTextAsync("Saved (version 1)");

        // Advisor: a workload query, the proposal, the SQLite planner's proof, and the index added to the design.
        await BrowserSession.OpenTabAsync(page, "Advisor");
        var advisor = page.GetByRole(AriaRole.Region, new() { Name = "Index advisor" });
        var add = advisor.GetByRole(AriaRole.Group, new() { Name = "Add a query" });
        await add.GetByRole(AriaRole.Textbox, new() { Name = "Query SQL" }).FillAsync(Feed);
        await add.GetByRole(AriaRole.Textbox, new() { Name = "Query name" }).FillAsync("feed");
        await add.GetByLabel("Query syntax").SelectOptionAsync("sqlite");
        var addQuery = add.GetByRole(AriaRole.Button, new() { Name = "Add query" });
        // Enabled by the server's render of the typed SQL: then the click reaches a handler that sees it.
        await Expect(addQuery).ToBeEnabledAsync();
        await addQuery.ClickAsync();
        await Expect(advisor.GetByRole(AriaRole.Region, new() { Name = "Workload" })).ToContainTextAsync("feed");
        await Expect(saveStatus).ToHaveTextAsync("Saved (version 2)");

        await advisor.GetByRole(AriaRole.Button, new() { Name = "Propose indexes" }).ClickAsync();
        var proposals = advisor.GetByRole(AriaRole.Region, new() { Name = "Proposed indexes" });
        await Expect(proposals).ToContainTextAsync("CREATE INDEX");
        await Expect(proposals).ToContainTextAsync("Write cost: +1 index on posts");

        await advisor.GetByRole(AriaRole.Button, new() { Name = "Verify with planner" }).ClickAsync();
        // The verification fills 20,000 synthetic rows and plans twice: on a loaded machine that is the one long wait.
        await Expect(advisor.GetByRole(AriaRole.Status, new() { Name = "Advisor status" }))
            .ToContainTextAsync("recommended by the SQLite", new() { Timeout = 120_000 });
        await Expect(proposals).ToContainTextAsync("Recommended");
        await Expect(advisor.GetByRole(AriaRole.Region, new() { Name = "Plan before, query 1" })).ToContainTextAsync("SCAN posts");
        await Expect(advisor.GetByRole(AriaRole.Region, new() { Name = "Plan after, query 1" })).ToContainTextAsync("USING");

        var addIndex = proposals.GetByRole(AriaRole.Button, new() { Name = "Add index ix_posts_user_id_created_at" }).First;
        await Expect(addIndex).ToBeEnabledAsync();
        await addIndex.ClickAsync();
        await Expect(addIndex).ToHaveTextAsync("Added");
        await Expect(saveStatus).ToHaveTextAsync("Saved (version 3)");

        await BrowserSession.OpenTabAsync(page, "DDL");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "DDL", Exact = true }).GetByRole(AriaRole.Textbox))
            .ToContainTextAsync("ix_posts_user_id_created_at");
    }
}
