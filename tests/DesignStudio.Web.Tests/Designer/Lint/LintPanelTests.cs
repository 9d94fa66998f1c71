using Bunit;
using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Web.Components.Pages.Designer.Lint;

namespace DesignStudio.Web.Tests.Designer.Lint;

public class LintPanelTests : StudioTestContext
{
    // posts.user_id has a foreign key without an index (LN002, warning, with a quick fix); audit has no primary key (LN001).
    private static Design Sample() => new()
    {
        Name = "lint",
        Tables =
        [
            new Table
            {
                Id = "tbl_users", Name = "users",
                Columns = [new Column { Id = "col_users_id", Name = "id", Type = LogicalType.Int64, Nullable = false }],
                PrimaryKey = new PrimaryKey { Id = "pk_users", ColumnIds = ["col_users_id"] },
            },
            new Table
            {
                Id = "tbl_posts", Name = "posts",
                Columns =
                [
                    new Column { Id = "col_posts_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                    new Column { Id = "col_posts_user_id", Name = "user_id", Type = LogicalType.Int64, Nullable = false },
                ],
                PrimaryKey = new PrimaryKey { Id = "pk_posts", ColumnIds = ["col_posts_id"] },
                ForeignKeys = [new ForeignKey { Id = "fk_posts_user", ColumnIds = ["col_posts_user_id"], TargetTableId = "tbl_users", TargetColumnIds = ["col_users_id"], OnDelete = ReferentialAction.Cascade }],
            },
            new Table { Id = "tbl_audit", Name = "<b>audit</b>", Columns = [new Column { Id = "col_audit_msg", Name = "msg", Type = LogicalType.Text }] },
        ],
    };

    private readonly EditSession session = new(Sample());

    private IRenderedComponent<LintPanel> RenderPanel() => Render<LintPanel>(p => p
        .Add(x => x.Design, session.Design)
        .Add(x => x.OnOperation, op => Task.FromResult(session.Apply(op).Succeeded)));

    private void Refresh(IRenderedComponent<LintPanel> cut) => cut.Render(p => p.Add(x => x.Design, session.Design));

    private static IReadOnlyList<string> Codes(IRenderedComponent<LintPanel> cut) =>
        cut.FindAll("li.ds-lint-finding").Select(li => li.GetAttribute("data-code")!).ToList();

    [Fact]
    public void Groups_findings_by_severity_with_why_and_how_as_text()
    {
        var cut = RenderPanel();
        var sections = cut.FindAll("section").Select(s => s.GetAttribute("aria-label")).ToList();
        Assert.Contains("Warnings", sections);
        Assert.Contains("LN002", Codes(cut));
        Assert.Contains("LN001", Codes(cut));
        var ln002 = cut.Find("li[data-code='LN002']");
        Assert.Contains(LintRules.Find("LN002")!.Rationale, ln002.TextContent);
        Assert.Contains(LintRules.Find("LN002")!.Remedy, ln002.TextContent);
        Assert.Empty(cut.FindAll("li.ds-lint-finding b:not(strong)"));
        Assert.Contains("&lt;b&gt;audit&lt;/b&gt;", cut.Markup);
    }

    [Fact]
    public void Filters_by_severity_rule_table_and_text()
    {
        var cut = RenderPanel();
        var all = Codes(cut);
        cut.Find("select[aria-label='Rule']").Change("LN002");
        Assert.All(Codes(cut), c => Assert.Equal("LN002", c));
        cut.Find("select[aria-label='Rule']").Change("all");
        cut.Find("select[aria-label='Table']").Change("tbl_audit");
        Assert.Contains("LN001", Codes(cut));
        Assert.DoesNotContain("LN002", Codes(cut));
        cut.Find("select[aria-label='Table']").Change("all");
        cut.Find("select[aria-label='Severity']").Change("Error");
        Assert.DoesNotContain("LN002", Codes(cut));
        cut.Find("select[aria-label='Severity']").Change("all");
        Type(cut, "Filter text", "user_id");
        Assert.Contains("LN002", Codes(cut));
        Assert.True(Codes(cut).Count < all.Count);
    }

    [Fact]
    public void Quick_fix_applies_through_the_edit_session_and_undoes()
    {
        var cut = RenderPanel();
        var before = session.Design;
        var fix = cut.Find("li[data-code='LN002'] button[aria-label^='Quick fix:']");
        fix.Click();
        Assert.True(session.CanUndo);
        Assert.NotEmpty(session.Design.GetTable("tbl_posts").Indexes);
        Refresh(cut);
        Assert.DoesNotContain("LN002", Codes(cut));

        session.Undo();
        Assert.Equal(before, session.Design);
        Refresh(cut);
        Assert.Contains("LN002", Codes(cut));
    }

    [Fact]
    public void Suppress_asks_a_reason_stores_it_and_un_suppress_removes_it()
    {
        var cut = RenderPanel();
        cut.Find("li[data-code='LN002'] button[aria-label^='Suppress LN002']").Click();
        Assert.True(Button(cut, "Save suppression").HasAttribute("disabled"));
        Type(cut, "Suppression reason", "posts are only read by id");
        Button(cut, "Save suppression").Click();

        var stored = Assert.Single(session.Design.LintSuppressions);
        Assert.Equal(("LN002", "fk_posts_user", "posts are only read by id"), (stored.Code, stored.ObjectId, stored.Reason));
        Refresh(cut);
        Assert.DoesNotContain("LN002", Codes(cut));

        cut.FindComponent<MudBlazor.MudSwitch<bool>>().Find("input").Change(true);
        var suppressed = cut.Find("section[aria-label='Suppressed findings']");
        Assert.Contains("posts are only read by id", suppressed.TextContent);
        cut.Find("button[aria-label^='Un-suppress LN002']").Click();
        Assert.Empty(session.Design.LintSuppressions);
        Refresh(cut);
        Assert.Contains("LN002", Codes(cut));
    }

    [Fact]
    public void Naming_conventions_are_saved_in_the_design()
    {
        var cut = RenderPanel();
        Button(cut, "Naming conventions").Click();
        cut.Find("select[aria-label='Name case']").Change(nameof(IdentifierCase.PascalCase));
        Type(cut, "Index prefix", "idx_");
        Button(cut, "Save conventions").Click();
        Assert.Equal(IdentifierCase.PascalCase, session.Design.NamingConventions!.Case);
        Assert.Equal("idx_", session.Design.NamingConventions.IndexPrefix);
        Refresh(cut);
        Assert.Contains("LN016", Codes(cut)); // snake_case names now break the PascalCase convention
    }
}
