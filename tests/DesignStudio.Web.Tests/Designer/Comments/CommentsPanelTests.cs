using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Comments;
using DesignStudio.Web.Components.Pages.Designer.Comments;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Designer.Comments;

/// <summary>The comments panel against a real SQLite store, signed in as the project's owner unless a test says otherwise.</summary>
public class CommentsPanelTests : StudioTestContext
{
    private static readonly Table Users = new()
    {
        Id = "tbl_users", Name = "users",
        Columns = [new Column { Id = "col_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                   new Column { Id = "col_email", Name = "email", Type = LogicalType.Text }],
    };

    private static readonly Design Shop = new() { Name = "shop", Tables = [Users] };

    private CommentStore Comments => TempStore.Comments;

    private async Task<(Guid Project, string Commenter)> ProjectWithCommenterAsync()
    {
        var project = (await Store.CreateProjectAsync("shop", Shop)).Value!.Id;
        var commenter = await TempStore.CreateUserAsync("commenter");
        Assert.True((await RealStore.Members.AddOrSetAsync(OwnerId, project, "commenter", ProjectRole.Commenter)).Succeeded);
        return (project, commenter);
    }

    private IRenderedComponent<CommentsPanel> RenderPanel(Guid project, Design? design = null)
    {
        Render<MudPopoverProvider>();
        return Render<CommentsPanel>(p => p.Add(x => x.ProjectId, project).Add(x => x.Design, design ?? Shop));
    }

    [Fact]
    public async Task Bodies_render_as_text_never_as_markup()
    {
        var (project, _) = await ProjectWithCommenterAsync();
        const string body = "<script>alert('x')</script><b>bold</b>";
        Assert.True((await Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForTable(Users), body)).Succeeded);
        var panel = RenderPanel(project);

        panel.WaitForAssertion(() => Button(panel, "Open thread on users").Click());
        panel.WaitForAssertion(() => Assert.Equal(body, panel.Find(".ds-comment-body").TextContent));
        Assert.Empty(panel.FindAll("script"));
        Assert.Empty(panel.FindAll(".ds-comment-body b"));
        Assert.Contains("&lt;script&gt;", panel.Find(".ds-comment-body").InnerHtml);
    }

    [Fact]
    public async Task Posting_a_comment_with_a_mention_starts_a_thread_and_reports_non_members()
    {
        var (project, commenter) = await ProjectWithCommenterAsync();
        await TempStore.CreateUserAsync("outsider");
        var panel = RenderPanel(project);

        Type(panel, "Comment", "Please check @commenter and @outsider");
        Button(panel, "Post comment").Click();

        panel.WaitForAssertion(() => Assert.Contains("Thread on shop", panel.Find("section.ds-thread").TextContent));
        Assert.Contains("Not notified (not members of this project): @outsider.", panel.Find("[role=alert]").TextContent);
        Assert.Equal("1 open", panel.Find("[aria-label='Open threads']").TextContent.Trim());
        var inbox = await Comments.Notifications.ListAsync(commenter);
        Assert.Equal(NotificationKind.Mention, Assert.Single(inbox).Kind);
    }

    [Fact]
    public async Task Typing_an_at_sign_suggests_members_and_choosing_one_completes_the_name()
    {
        var (project, _) = await ProjectWithCommenterAsync();
        var panel = RenderPanel(project);

        Type(panel, "Comment", "thanks @comm");
        panel.WaitForAssertion(() => Button(panel, "Mention commenter").Click());

        panel.WaitForAssertion(() => Assert.Equal("thanks @commenter ", Labelled(panel, "Comment").GetAttribute("value") ?? Labelled(panel, "Comment").TextContent));
        Assert.Empty(panel.FindAll("[aria-label='Mention suggestions']"));
    }

    [Fact]
    public async Task Resolving_moves_the_thread_out_of_the_open_list_and_reopening_brings_it_back()
    {
        var (project, _) = await ProjectWithCommenterAsync();
        await Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForColumn(Users, Users.Columns[1]), "unique?");
        var board = Services.GetRequiredService<CommentBoard>();
        var panel = RenderPanel(project);
        panel.WaitForAssertion(() => Assert.Equal(1, board.OpenCount("tbl_users")));

        Button(panel, "Open thread on users.email").Click();
        panel.WaitForAssertion(() => Button(panel, "Resolve thread").Click());

        panel.WaitForAssertion(() => Assert.Equal("0 open", panel.Find("[aria-label='Open threads']").TextContent.Trim()));
        Assert.Equal(0, board.OpenCount("tbl_users"));
        Assert.Contains("No threads match the filter.", panel.Markup);
        Button(panel, "Reopen thread").Click();
        panel.WaitForAssertion(() => Assert.Equal("1 open", panel.Find("[aria-label='Open threads']").TextContent.Trim()));
        Assert.Equal(1, board.OpenCount("tbl_users"));
    }

    [Fact]
    public async Task A_viewer_reads_threads_but_gets_no_comment_box_or_resolve_button()
    {
        var (project, _) = await ProjectWithCommenterAsync();
        var viewer = await TempStore.CreateUserAsync("viewer");
        Assert.True((await RealStore.Members.AddOrSetAsync(OwnerId, project, "viewer", ProjectRole.Viewer)).Succeeded);
        await Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForTable(Users), "first");
        SignInAs(viewer, "viewer");
        var panel = RenderPanel(project);

        panel.WaitForAssertion(() => Button(panel, "Open thread on users").Click());
        panel.WaitForAssertion(() => Assert.Equal("first", panel.Find(".ds-comment-body").TextContent));
        Assert.Empty(panel.FindAll("section[aria-label='New comment']"));
        Assert.DoesNotContain(panel.FindAll("button"), b => b.TextContent.Trim() is "Resolve thread" or "Post reply");
    }

    [Fact]
    public async Task A_reply_posted_elsewhere_appears_without_reloading()
    {
        var (project, commenter) = await ProjectWithCommenterAsync();
        var thread = (await Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForTable(Users), "first")).Value!.ThreadId;
        var panel = RenderPanel(project);
        panel.WaitForAssertion(() => Button(panel, "Open thread on users").Click());
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll(".ds-comment-body")));

        await Comments.ReplyAsync(commenter, project, thread, "second, from another page");

        panel.WaitForAssertion(() => Assert.Equal(["first", "second, from another page"], panel.FindAll(".ds-comment-body").Select(e => e.TextContent)));
    }

    [Fact]
    public async Task A_thread_on_a_deleted_table_shows_its_snapshot_name_as_deleted()
    {
        var (project, _) = await ProjectWithCommenterAsync();
        await Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForColumn(Users, Users.Columns[1]), "unique?");
        var panel = RenderPanel(project, Shop with { Tables = [] });

        panel.WaitForAssertion(() => Button(panel, "Open thread on users.email (deleted)").Click());
        panel.WaitForAssertion(() => Assert.Contains("This column no longer exists in the design.", panel.Find(".ds-orphaned").TextContent));
        Assert.Equal("unique?", panel.Find(".ds-comment-body").TextContent);
    }

    [Fact]
    public async Task A_marker_click_opens_the_only_open_thread_of_its_table()
    {
        var (project, _) = await ProjectWithCommenterAsync();
        await Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForTable(Users), "plural?");
        var panel = RenderPanel(project);
        var marker = Render<CommentMarker>(p => p.Add(x => x.TableId, "tbl_users").Add(x => x.TableName, "users").Add(x => x.Count, 1));

        marker.WaitForAssertion(() => marker.Find("button[aria-label='1 open comment on users']").Click());

        panel.WaitForAssertion(() => Assert.Equal("plural?", panel.Find(".ds-comment-body").TextContent));
    }
}
