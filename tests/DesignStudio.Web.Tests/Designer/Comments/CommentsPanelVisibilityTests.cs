using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Data.Comments;
using DesignStudio.Web.Components.Pages.Designer.Comments;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Designer.Comments;

/// <summary>
/// What the comments panel costs a page that does not show it (the design page keeps it alive under its tab for the
/// canvas markers), and its "Comment on" box, which searches the design's tables and columns instead of listing them.
/// </summary>
public class CommentsPanelVisibilityTests : StudioTestContext
{
    private static readonly Table Users = new()
    {
        Id = "tbl_users", Name = "users",
        Columns = [new Column { Id = "col_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                   new Column { Id = "col_email", Name = "email", Type = LogicalType.Text }],
    };

    private static readonly Table Orders = new()
    {
        Id = "tbl_orders", Name = "orders",
        Columns = [new Column { Id = "col_order_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                   new Column { Id = "col_order_email", Name = "billing_email", Type = LogicalType.Text }],
    };

    private static readonly Design Shop = new() { Name = "shop", Tables = [Users, Orders] };

    private IRenderedComponent<CommentsPanel> RenderPanel(Guid project, bool visible)
    {
        Render<MudPopoverProvider>();
        return Render<CommentsPanel>(p => p.Add(x => x.ProjectId, project).Add(x => x.Design, Shop).Add(x => x.Visible, visible));
    }

    private static async Task<List<string>> SearchAsync(MudAutocomplete<string> box, string text)
    {
        var search = box.SearchFunc ?? throw new InvalidOperationException("The box has no search.");
        var found = await search(text, CancellationToken.None)!;
        return [.. found ?? []];
    }

    [Fact]
    public async Task A_hidden_panel_renders_no_components_yet_keeps_the_open_thread_counts_for_the_canvas_markers()
    {
        var project = (await Store.CreateProjectAsync("shop", Shop)).Value!.Id;
        Assert.True((await TempStore.Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForColumn(Users, Users.Columns[1]), "unique?")).Succeeded);
        var board = Services.GetRequiredService<CommentBoard>();

        var panel = RenderPanel(project, visible: false);

        panel.WaitForAssertion(() => Assert.Equal(1, board.OpenCount("tbl_users")));
        Assert.Equal("", panel.Markup.Trim());
        Assert.Empty(panel.FindComponents<MudSelectItem<string>>());
        Assert.Empty(panel.FindComponents<MudAutocomplete<string>>());

        // Another page resolves the thread: the hidden panel still follows, so the marker count drops.
        var thread = Assert.Single((await TempStore.Comments.ListThreadsAsync(OwnerId, project)).Value!);
        Assert.Null(await TempStore.Comments.ResolveAsync(OwnerId, project, thread.Id));
        panel.WaitForAssertion(() => Assert.Equal(0, board.OpenCount("tbl_users")));

        panel.Render(p => p.Add(x => x.Visible, true));
        panel.WaitForAssertion(() => Assert.Equal("0 open", panel.Find("[aria-label='Open threads']").TextContent.Trim()));
    }

    [Fact]
    public async Task The_comment_target_box_lists_only_the_tables_and_columns_matching_the_typed_text()
    {
        var project = (await Store.CreateProjectAsync("shop", Shop)).Value!.Id;
        var panel = RenderPanel(project, visible: true);
        var box = panel.WaitForComponent<MudAutocomplete<string>>()!.Instance;

        var matches = await SearchAsync(box, "EMAIL");
        var everything = await SearchAsync(box, "");

        Assert.Equal(["users.email", "orders.billing_email"], matches.Select(k => box.ToStringFunc!(k)));
        Assert.Equal(["The design", "users", "users.id", "users.email", "orders", "orders.id", "orders.billing_email"],
            everything.Select(k => box.ToStringFunc!(k)));
        Assert.DoesNotContain(panel.FindComponents<MudSelectItem<string>>(), i => i.Instance.Value?.StartsWith("c:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_thread_started_on_a_column_chosen_in_the_target_box_is_on_that_column()
    {
        var project = (await Store.CreateProjectAsync("shop", Shop)).Value!.Id;
        var panel = RenderPanel(project, visible: true);
        var box = panel.WaitForComponent<MudAutocomplete<string>>()!.Instance;
        var email = Assert.Single(await SearchAsync(box, "billing"));

        await panel.InvokeAsync(() => box.ValueChanged.InvokeAsync(email));
        Type(panel, "Comment", "lower case?");
        Button(panel, "Post comment").Click();

        panel.WaitForAssertion(() => Assert.Contains("Thread on orders.billing_email", panel.Find("section.ds-thread").TextContent));
        var thread = Assert.Single((await TempStore.Comments.ListThreadsAsync(OwnerId, project)).Value!);
        Assert.Equal(CommentTarget.ForColumn(Orders, Orders.Columns[1]), thread.Target);
    }
}
