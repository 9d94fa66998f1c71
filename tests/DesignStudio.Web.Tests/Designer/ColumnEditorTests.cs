using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Web.Components.Pages.Designer;
using MudBlazor;

namespace DesignStudio.Web.Tests.Designer;

public class ColumnEditorTests : StudioTestContext
{
    [Fact]
    public void Editing_a_column_raises_the_changed_column_with_the_same_id()
    {
        ColumnEdit? saved = null;
        var column = new Column { Id = "col_1", Name = "title", Type = LogicalType.Varchar(100), Nullable = true, Comment = "old" };
        var cut = Render<ColumnEditor>(p => p.Add(x => x.Column, column).Add(x => x.OnSave, e => saved = e));

        Type(cut, "Column name", "headline");
        Type(cut, "Length", "150", immediate: false);
        Type(cut, "Column comment", "The <b>headline</b>", immediate: false);
        Labelled(cut, "Nullable").Change(false);
        Button(cut, "Save column").Click();

        Assert.NotNull(saved);
        Assert.Equal(new Column { Id = "col_1", Name = "headline", Type = LogicalType.Varchar(150), Nullable = false, Comment = "The <b>headline</b>" }, saved.Column);
        Assert.False(saved.PrimaryKey);
    }

    [Fact]
    public void Primary_key_toggle_forces_not_null()
    {
        ColumnEdit? saved = null;
        var cut = Render<ColumnEditor>(p => p.Add(x => x.Column, new Column { Id = "c", Name = "id", Type = LogicalType.Int64 }).Add(x => x.OnSave, e => saved = e));
        Labelled(cut, "Primary key").Change(true);
        Button(cut, "Save column").Click();
        Assert.True(saved!.PrimaryKey);
        Assert.False(saved.Column.Nullable);
    }

    [Fact]
    public void A_new_column_gets_a_fresh_id_and_blank_names_are_not_raised()
    {
        var saved = new List<ColumnEdit>();
        var cut = Render<ColumnEditor>(p => p.Add(x => x.OnSave, e => saved.Add(e)));
        Button(cut, "Save column").Click();
        Assert.Empty(saved);
        Assert.Contains("The column name must not be empty.", cut.Markup);

        Type(cut, "Column name", "created_at");
        Button(cut, "Save column").Click();
        var edit = Assert.Single(saved);
        Assert.StartsWith("col_", edit.Column.Id);
        Assert.Equal("created_at", edit.Column.Name);
        Assert.Equal(LogicalType.Text, edit.Column.Type);
    }

    [Fact]
    public void Form_shows_type_parameters_identity_and_default_of_the_column()
    {
        var column = new Column
        {
            Id = "c", Name = "price", Type = LogicalType.Decimal(10, 2), Nullable = false, Default = ColumnDefault.Literal("0"),
        };
        var cut = Render<ColumnEditor>(p => p.Add(x => x.Column, column));
        Assert.Equal("10", Labelled(cut, "Precision").GetAttribute("value"));
        Assert.Equal("2", Labelled(cut, "Scale").GetAttribute("value"));
        Assert.Equal("0", Labelled(cut, "Default value").GetAttribute("value"));
        Assert.Equal(column, cut.Instance.Build().Column);

        var id = new Column { Id = "i", Name = "id", Type = LogicalType.Int64, Identity = IdentityKind.Always, Default = null };
        var idForm = Render<ColumnEditor>(p => p.Add(x => x.Column, id));
        Assert.NotEmpty(idForm.FindComponents<MudSelect<IdentityKind>>());
        Assert.Equal(id, idForm.Instance.Build().Column);
    }

    [Fact]
    public void Every_control_has_an_accessible_name()
    {
        var cut = Render<ColumnEditor>(p => p.Add(x => x.Column, new Column { Id = "c", Name = "id", Type = LogicalType.Int64 }));
        foreach (var input in cut.FindAll("input:not([type=hidden]), textarea"))
        {
            var id = input.GetAttribute("id");
            var named = input.HasAttribute("aria-label") || input.Closest("label") is not null
                || (id is not null && cut.FindAll($"label[for='{id}']").Count > 0)
                || input.Closest("[aria-label]") is not null;
            Assert.True(named, "Unnamed control: " + input.OuterHtml);
        }
        foreach (var button in cut.FindAll("button"))
        {
            Assert.False(string.IsNullOrWhiteSpace(button.GetAttribute("aria-label") ?? button.TextContent), "Unnamed button: " + button.OuterHtml);
        }
    }
}
