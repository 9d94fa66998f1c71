using Bunit;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Components.Pages.Designer;
using DesignStudio.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Designer;

/// <summary>
/// Moving tables changes no diagnostic, lint finding or DDL line: the design page keeps what it computed instead of
/// validating and generating again after every drag.
/// </summary>
public class DesignPageAnalysisTests : StudioTestContext
{
    private static readonly Design Shop = new()
    {
        Tables =
        [
            new Table { Id = "tbl_users", Name = "users", Columns = [new Column { Id = "c1", Name = "id", Type = LogicalType.Int64 }], Position = new(0, 0) },
            new Table { Id = "tbl_orders", Name = "orders", Position = new(400, 0) },
        ],
    };

    private readonly CountingValidation validation = new(new DesignValidation());
    private readonly CountingDdlSource ddl = new(new SqlDialectDdlSource([new TextDialect(DialectNames.Sqlite, "SQLite")]));

    public DesignPageAnalysisTests()
    {
        Services.AddSingleton<IDesignValidation>(validation);
        Services.AddSingleton<IDdlSource>(ddl);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    [Fact]
    public async Task Moving_tables_neither_revalidates_nor_regenerates_the_ddl_but_a_rename_does()
    {
        var project = (await Store.CreateProjectAsync("shop", Shop)).Value!;
        Render<MudPopoverProvider>();
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, project.Id));
        page.WaitForAssertion(() => Assert.Contains("Saved (version 0)", page.Markup));
        OpenTab(page, "DDL");
        page.WaitForAssertion(() => Assert.Contains("CREATE TABLE \"orders\"", page.Find("pre.ds-ddl").TextContent));
        var (validated, generated) = (validation.Calls, ddl.Calls);
        Assert.True(validated >= 1 && generated >= 1);

        var sessions = Services.GetRequiredService<DesignSessionService>();
        var me = new Collaborator(OwnerId, TempSqliteStore.OwnerName, "#1e88e5");
        using var other = (await sessions.JoinAsync(project.Id, me, "other-page", _ => { })).Value!;
        await Submit(sessions, project.Id, me, 0, new MoveTable("tbl_orders", new CanvasPosition(800, 300)));
        await Submit(sessions, project.Id, me, 1, new MoveTable("tbl_users", new CanvasPosition(10, 20) { Collapsed = true }));
        page.WaitForAssertion(() => Assert.Contains("Saved (version 2)", page.Markup));

        Assert.Equal((validated, generated), (validation.Calls, ddl.Calls));

        await Submit(sessions, project.Id, me, 2, new RenameTable("tbl_orders", "purchases"));
        page.WaitForAssertion(() => Assert.Contains("CREATE TABLE \"purchases\"", page.Find("pre.ds-ddl").TextContent));
        Assert.Equal(validated + 1, validation.Calls);
        Assert.Equal(generated + 1, ddl.Calls);
    }

    private static async Task Submit(DesignSessionService sessions, Guid projectId, Collaborator who, long sequence, DesignOperation operation) =>
        Assert.IsType<SubmitResult.Accepted>(await sessions.SubmitAsync(projectId, who, "other-page", Guid.NewGuid().ToString("N"), sequence, operation));

    private sealed class CountingValidation(IDesignValidation inner) : IDesignValidation
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public IReadOnlyList<Diagnostic> Validate(Design design)
        {
            Interlocked.Increment(ref calls);
            return inner.Validate(design);
        }
    }

    private sealed class CountingDdlSource(IDdlSource inner) : IDdlSource
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public IReadOnlyList<(string Name, string DisplayName)> Dialects => inner.Dialects;

        public DdlPreview Generate(Design design, string dialect)
        {
            Interlocked.Increment(ref calls);
            return inner.Generate(design, dialect);
        }
    }
}
