using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Web.Components.Pages.Designer.Normalization;

namespace DesignStudio.Web.Tests.Designer.Normalization;

/// <summary>Renders the table panel over a design held like the page holds it: operations apply and re-render.</summary>
public abstract class NormalizationHost : StudioTestContext
{
    protected static readonly Table People = new()
    {
        Id = "people", Name = "people",
        Columns =
        [
            new Column { Id = "people.id", Name = "id", Type = LogicalType.Int32, Nullable = false },
            new Column { Id = "people.zip", Name = "zip", Type = LogicalType.Text },
            new Column { Id = "people.city", Name = "city", Type = LogicalType.Text },
        ],
        PrimaryKey = new PrimaryKey { Id = "people.pk", ColumnIds = ["people.id"] },
    };

    protected Design Current { get; set; } = new() { Tables = [People] };

    protected List<DesignOperation> Raised { get; } = [];

    protected string TableId { get; set; } = People.Id;

    protected IRenderedComponent<TableNormalizationPanel> RenderPanel()
    {
        IRenderedComponent<TableNormalizationPanel>? cut = null;
        cut = Render<TableNormalizationPanel>(p => Parameters(p, op => Apply(op, cut!)));
        return cut;
    }

    private void Parameters(ComponentParameterCollectionBuilder<TableNormalizationPanel> p, Func<DesignOperation, Task<bool>> apply) => p
        .Add(x => x.Design, Current)
        .Add(x => x.Table, Current.FindTable(TableId) ?? Current.Tables[0])
        .Add(x => x.OnOperation, apply);

    private Task<bool> Apply(DesignOperation op, IRenderedComponent<TableNormalizationPanel> cut)
    {
        Raised.Add(op);
        var result = op.Apply(Current);
        if (!result.Succeeded) return Task.FromResult(false);
        Current = result.Design!;
        if (Current.FindTable(TableId) is null) TableId = Current.Tables[0].Id;
        cut.Render(p => Parameters(p, o => Apply(o, cut)));
        return Task.FromResult(true);
    }

    protected static void Tick<T>(IRenderedComponent<T> cut, string label) where T : Microsoft.AspNetCore.Components.IComponent =>
        Labelled(cut, label).Change(true);
}
