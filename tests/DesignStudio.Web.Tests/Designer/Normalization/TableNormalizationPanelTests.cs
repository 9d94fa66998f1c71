using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Web.Tests.Designer.Normalization;

public class TableNormalizationPanelTests : NormalizationHost
{
    private static readonly Table Customers = new()
    {
        Id = "customers", Name = "customers",
        Columns =
        [
            new Column { Id = "customers.id", Name = "id", Type = LogicalType.Int32, Nullable = false },
            new Column { Id = "customers.email", Name = "email", Type = LogicalType.Text },
        ],
        PrimaryKey = new PrimaryKey { Id = "customers.pk", ColumnIds = ["customers.id"] },
    };

    private static readonly Table Orders = new()
    {
        Id = "orders", Name = "orders",
        Columns =
        [
            new Column { Id = "orders.id", Name = "id", Type = LogicalType.Int32, Nullable = false },
            new Column { Id = "orders.customer_id", Name = "customer_id", Type = LogicalType.Int32, Nullable = false },
            new Column { Id = "orders.customer_email", Name = "customer_email", Type = LogicalType.Text },
        ],
        PrimaryKey = new PrimaryKey { Id = "orders.pk", ColumnIds = ["orders.id"] },
        ForeignKeys = [new ForeignKey { Id = "orders.fk", ColumnIds = ["orders.customer_id"], TargetTableId = "customers", TargetColumnIds = ["customers.id"] }],
    };

    private static readonly FunctionalDependency ZipCity = new() { Id = "fd_zip", DeterminantIds = ["people.zip"], DependentIds = ["people.city"] };

    [Fact]
    public void Lists_the_key_implied_dependency_keys_and_bcnf_for_a_table_with_only_a_primary_key()
    {
        var cut = RenderPanel();
        Assert.Contains("id → zip, city", cut.Find("[aria-label='Dependencies of people']").TextContent);
        Assert.Contains("(id)", cut.Find("section[aria-label='Analysis']").TextContent);
        Assert.Equal("BCNF", cut.Find("[aria-label='Normal form reached']").TextContent.Trim());
        Assert.Empty(cut.FindAll("section[aria-label='Decomposition proposals']"));
    }

    [Fact]
    public void Adding_a_dependency_with_the_column_pickers_is_one_undoable_operation_and_explains_the_violation()
    {
        var cut = RenderPanel();
        Tick(cut, "Left side: zip");
        Tick(cut, "Right side: city");
        Button(cut, "Add dependency zip → city").Click();
        var add = Assert.IsType<AddFunctionalDependency>(Assert.Single(Raised));
        Assert.Equal(["people.zip"], add.Dependency.DeterminantIds);
        Assert.Equal(["people.city"], add.Dependency.DependentIds);
        cut.WaitForAssertion(() => Assert.Equal("2NF", cut.Find("[aria-label='Normal form reached']").TextContent.Trim()));
        var violations = cut.Find("[aria-label='Violations']").TextContent;
        Assert.Contains("zip → city breaks 3NF", violations);
        Assert.Contains("zip is not a key", violations);

        Button(cut, "Remove dependency zip → city").Click();
        var remove = Assert.IsType<RemoveFunctionalDependency>(Raised[^1]);
        Assert.Equal(add.Dependency.Id, remove.DependencyId);
        cut.WaitForAssertion(() => Assert.Equal("BCNF", cut.Find("[aria-label='Normal form reached']").TextContent.Trim()));
    }

    [Fact]
    public void Right_side_inside_the_left_side_cannot_be_added()
    {
        var cut = RenderPanel();
        Tick(cut, "Left side: zip");
        Tick(cut, "Right side: zip");
        Assert.Contains("must name a column that is not on the left side", cut.Markup);
        Assert.True(cut.FindAll("button").Single(b => b.TextContent.Trim().StartsWith("Add dependency", StringComparison.Ordinal)).HasAttribute("disabled"));
    }

    [Fact]
    public void Accepting_a_hint_adds_its_dependency_and_dismissing_remembers_it_in_the_design()
    {
        Current = new Design { Tables = [Customers, Orders] };
        TableId = Orders.Id;
        var cut = RenderPanel();
        Assert.Contains("customer_id → customer_email", cut.Find("section[aria-label='Dependency hints']").TextContent);
        Button(cut, "Dismiss hint customer_id → customer_email").Click();
        Assert.IsType<SetDismissedHints>(Assert.Single(Raised));
        Assert.Single(Current.GetTable(Orders.Id).DismissedHintIds);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("section[aria-label='Dependency hints']")));

        // With the dismissal undone the hint is back; accepting it declares the dependency.
        Current = new SetDismissedHints(Orders.Id, []).Apply(Current).Design!;
        cut = RenderPanel();
        Button(cut, "Accept hint customer_id → customer_email").Click();
        var accept = Assert.IsType<AddFunctionalDependency>(Raised[^1]);
        Assert.Equal(DependencySource.Hint, accept.Dependency.Source);
        cut.WaitForAssertion(() => Assert.Equal("2NF", cut.Find("[aria-label='Normal form reached']").TextContent.Trim()));
    }

    [Fact]
    public void Applying_the_3nf_proposal_is_one_step_and_shows_the_data_moving_script()
    {
        Current = new Design { Tables = [People with { FunctionalDependencies = [ZipCity] }] };
        var cut = RenderPanel();
        var proposal = cut.Find("[aria-label='3NF synthesis']");
        var tables = proposal.QuerySelectorAll("[role='listitem']").Select(e => e.GetAttribute("aria-label")).ToList();
        Assert.Equal(2, tables.Count);
        Assert.Contains("lossless", proposal.TextContent);
        Button(cut, "Apply 3NF synthesis").Click();
        Assert.IsType<CompositeOperation>(Assert.Single(Raised));
        Assert.Equal(2, Current.Tables.Count);
        var script = cut.Find("[aria-label='Data-moving script']").TextContent;
        Assert.Contains("SELECT DISTINCT", script);
        Assert.Contains("INSERT INTO", script);
    }

    [Fact]
    public void Table_and_column_names_render_as_text()
    {
        var evil = People with { Name = "<b>x</b>", Columns = People.Columns.SetItem(1, People.Columns[1] with { Name = "<img src=x>" }) };
        Current = new Design { Tables = [evil] };
        var cut = RenderPanel();
        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Contains("&lt;img src=x&gt;", cut.Markup);
    }
}
