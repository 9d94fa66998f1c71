using Bunit;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Components.Pages.Designer;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Designer;

/// <summary>
/// The prerendered design page is a light shell: the circuit renders the page again a moment later, so the prerender
/// neither renders the design nor joins its live session (which would show the visitor as present, then leave). It
/// checks that the project exists and may be opened, and starts loading the session the circuit will join.
/// </summary>
public class DesignPagePrerenderTests : StudioTestContext
{
    private static readonly Design Shop = new()
    {
        Tables = [new Table { Id = "tbl_users", Name = "users", Columns = [new Column { Id = "c1", Name = "id", Type = LogicalType.Int64 }] }],
    };

    public DesignPagePrerenderTests() =>
        Services.AddSingleton<IDdlSource>(new SqlDialectDdlSource([new TextDialect(DialectNames.Sqlite, "SQLite")]));

    [Fact]
    public async Task Prerendering_shows_a_loading_shell_and_prefetches_the_session_without_joining_it()
    {
        var project = (await Store.CreateProjectAsync("shop", Shop)).Value!;
        SetRendererInfo(new RendererInfo("Static", false));
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, project.Id));

        Assert.NotNull(page.Find("[aria-label='Loading design']"));
        Assert.DoesNotContain("users", page.Markup);
        var sessions = Services.GetRequiredService<DesignSessionService>();
        // The prefetch runs on the thread pool, not in a render: poll for it (bounded).
        for (var i = 0; i < 1500 && sessions.OpenSessionCount == 0; i++) await Task.Delay(10);
        Assert.Equal(1, sessions.OpenSessionCount);
        Assert.Equal(0, sessions.SubscriberCount(project.Id));
    }

    [Fact]
    public async Task Prerendering_validates_the_prefetched_design_so_the_circuit_finds_it_done()
    {
        var validation = new CountingValidation(new DesignValidation());
        Services.AddSingleton<IDesignValidation>(validation);
        var project = (await Store.CreateProjectAsync("shop", Shop)).Value!;
        SetRendererInfo(new RendererInfo("Static", false));

        Render<DesignPage>(p => p.Add(x => x.ProjectId, project.Id));

        // The work runs on the thread pool, not in a render: poll for it (bounded).
        for (var i = 0; i < 1500 && validation.Calls == 0; i++) await Task.Delay(10);
        Assert.Equal(1, validation.Calls);
    }

    [Fact]
    public void Prerendering_a_missing_project_says_so()
    {
        SetRendererInfo(new RendererInfo("Static", false));
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, Guid.NewGuid()));

        page.WaitForAssertion(() => Assert.Contains("Project not found", page.Markup));
        Assert.Equal(0, Services.GetRequiredService<DesignSessionService>().OpenSessionCount);
    }

    [Fact]
    public async Task The_interactive_page_loads_the_design_and_joins_its_session()
    {
        var project = (await Store.CreateProjectAsync("shop", Shop)).Value!;
        SetRendererInfo(new RendererInfo("Server", true));
        Render<MudPopoverProvider>();
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, project.Id));

        page.WaitForAssertion(() => Assert.Contains("Saved (version 0)", page.Markup));
        Assert.Contains("users", page.Find("[role=region][aria-label=Diagram]").TextContent);
        Assert.Equal(1, Services.GetRequiredService<DesignSessionService>().OpenSessionCount);
    }

    private sealed class CountingValidation(IDesignValidation inner) : IDesignValidation
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public IReadOnlyList<DesignStudio.Core.Diagnostics.Diagnostic> Validate(Design design)
        {
            Interlocked.Increment(ref calls);
            return inner.Validate(design);
        }
    }
}
