using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Web.Components.Pages.Designer;

namespace DesignStudio.Web.Tests.Designer;

public class TableEditorTests : StudioTestContext
{
    private static readonly Table Users = new()
    {
        Id = "tbl_u", Name = "users", Comment = "People",
        Columns =
        [
            new Column { Id = "c_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
            new Column { Id = "c_mail", Name = "<script>alert(1)</script>", Type = LogicalType.Varchar(255), Comment = "<img src=x onerror=alert(2)>" },
        ],
        PrimaryKey = new PrimaryKey { Id = "pk_u", ColumnIds = ["c_id"] },
    };

    private readonly List<DesignOperation> raised = [];

    private IRenderedComponent<TableEditor> RenderEditor(Table? table = null) => Render<TableEditor>(p => p
        .Add(x => x.Design, new Design { Tables = [table ?? Users] })
        .Add(x => x.Table, table ?? Users)
        .Add(x => x.OnOperation, op => { raised.Add(op); return Task.FromResult(true); }));

    [Fact]
    public void Lists_columns_with_type_nullability_and_key()
    {
        var cut = RenderEditor();
        var rows = cut.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("int64", rows[0].TextContent);
        Assert.Contains("not null", rows[0].TextContent);
        Assert.Contains("PK", rows[0].TextContent);
        Assert.Contains("varchar(255)", rows[1].TextContent);
    }

    [Fact]
    public void Names_and_comments_render_as_text_never_as_markup()
    {
        var cut = RenderEditor();
        Assert.Empty(cut.FindAll("tbody script"));
        Assert.Empty(cut.FindAll("tbody img"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", cut.Markup);
        Assert.Equal("<script>alert(1)</script>", cut.FindAll("tbody tr")[1].QuerySelector("td")!.TextContent);
    }

    [Fact]
    public void Renaming_and_commenting_the_table_is_one_operation()
    {
        var cut = RenderEditor();
        Type(cut, "Table name", "people");
        Type(cut, "Table comment", "Everyone");
        Button(cut, "Save table").Click();
        var op = Assert.IsType<CompositeOperation>(Assert.Single(raised));
        Assert.Equal([new RenameTable("tbl_u", "people"), new SetTableComment("tbl_u", "Everyone")], op.Steps);
    }

    [Fact]
    public void Remove_buttons_raise_remove_operations()
    {
        var cut = RenderEditor();
        Button(cut, "Remove column id").Click();
        Button(cut, "Remove table users").Click();
        Assert.Equal([new RemoveColumn("tbl_u", "c_id"), new RemoveTable("tbl_u")], raised);
    }

    [Fact]
    public void Move_buttons_reorder_and_are_disabled_at_the_ends()
    {
        var cut = RenderEditor();
        Assert.True(Button(cut, "Move column id up").HasAttribute("disabled"));
        Button(cut, "Move column id down").Click();
        Assert.Equal(new ReorderColumn("tbl_u", "c_id", 1), Assert.Single(raised));
    }

    [Fact]
    public void Add_column_form_raises_an_add_and_closes_after_it_applied()
    {
        var cut = RenderEditor();
        Button(cut, "Add column").Click();
        Type(cut, "Column name", "bio");
        Button(cut, "Save column").Click();
        var add = Assert.IsType<AddColumn>(Assert.Single(raised));
        Assert.Equal(("tbl_u", "bio", LogicalType.Text), (add.TableId, add.Column.Name, add.Column.Type));
        Assert.Empty(cut.FindAll("[aria-label='New column']"));
    }

    [Fact]
    public void Edit_form_starts_from_the_column_and_raises_an_update()
    {
        var cut = RenderEditor();
        Button(cut, "Edit column id").Click();
        Assert.Equal("id", Labelled(cut, "Column name").GetAttribute("value"));
        Type(cut, "Column name", "user_id");
        Button(cut, "Save column").Click();
        Assert.Equal(new UpdateColumn("tbl_u", Users.Columns[0] with { Name = "user_id" }), Assert.Single(raised));
    }

    [Fact]
    public void Disabled_editor_blocks_every_edit_button()
    {
        var cut = Render<TableEditor>(p => p.Add(x => x.Design, new Design { Tables = [Users] }).Add(x => x.Table, Users).Add(x => x.Disabled, true));
        foreach (var name in new[] { "Add column", "Remove table users", "Edit column id", "Remove column id", "Save table" })
        {
            Assert.True(Button(cut, name).HasAttribute("disabled"), name);
        }
    }

    [Fact]
    public void Column_actions_are_named_buttons_with_icons_from_the_editors_sprite()
    {
        var cut = Render<TableEditor>(p => p.Add(x => x.Design, new Design { Tables = [Users] }).Add(x => x.Table, Users));
        var symbols = cut.FindAll(".ds-icon-sprite symbol").Select(s => "#" + s.Id).ToHashSet();
        var actions = cut.FindAll("td.ds-column-flags button");
        Assert.Equal(5 * Users.Columns.Count, actions.Count);
        Assert.All(actions, b => Assert.False(string.IsNullOrWhiteSpace(b.GetAttribute("aria-label"))));
        Assert.All(actions, b => Assert.Contains(b.QuerySelector("use")!.GetAttribute("href")!, symbols));
        Assert.NotNull(Button(cut, "Comment on users").QuerySelector("use"));
    }
}
