using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Comments;
using DesignStudio.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DesignStudio.Web.Tests.Layout;

/// <summary>The notification bell against a real SQLite store, signed in as a commenter of the owner's project.</summary>
public class NotificationBellTests : StudioTestContext
{
    private static readonly Table Users = new() { Id = "tbl_users", Name = "users", Columns = [new Column { Id = "col_id", Name = "id", Type = LogicalType.Int64 }] };

    private async Task<(Guid Project, string Commenter)> ProjectWithCommenterAsync()
    {
        var project = (await Store.CreateProjectAsync("shop", new Design { Name = "shop", Tables = [Users] })).Value!.Id;
        var commenter = await TempStore.CreateUserAsync("commenter");
        Assert.True((await RealStore.Members.AddOrSetAsync(OwnerId, project, "commenter", ProjectRole.Commenter)).Succeeded);
        SignInAs(commenter, "commenter");
        return (project, commenter);
    }

    [Fact]
    public async Task Shows_the_unread_count_and_lists_the_mention_with_its_text()
    {
        var (project, _) = await ProjectWithCommenterAsync();
        await TempStore.Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForTable(Users), "@commenter <i>look</i>");
        var bell = Render<NotificationBell>();

        bell.WaitForAssertion(() => Button(bell, "Notifications, 1 unread").Click());

        bell.WaitForAssertion(() => Assert.Contains("owner mentioned you on users", bell.Find(".ds-bell-what").TextContent));
        Assert.Equal("@commenter <i>look</i>", bell.Find(".ds-bell-excerpt").TextContent);
        Assert.Empty(bell.FindAll(".ds-bell-excerpt i"));
        Assert.Equal("shop", bell.Find(".ds-bell-where").TextContent.Split(" · ")[0]);
    }

    [Fact]
    public async Task Marking_read_clears_the_count()
    {
        var (project, commenter) = await ProjectWithCommenterAsync();
        await TempStore.Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForTable(Users), "@commenter one");
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Button(bell, "Notifications, 1 unread").Click());

        bell.WaitForAssertion(() => Button(bell, "Mark read: owner mentioned you on users").Click());

        bell.WaitForAssertion(() => Button(bell, "Notifications"));
        Assert.Equal(0, await TempStore.Comments.Notifications.UnreadCountAsync(commenter));
        Assert.Contains("read", bell.Find(".ds-bell-list li").ClassList);
    }

    [Fact]
    public async Task Choosing_a_notification_marks_it_read_and_jumps_to_the_thread()
    {
        var (project, commenter) = await ProjectWithCommenterAsync();
        var thread = (await TempStore.Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForTable(Users), "@commenter hi")).Value!.ThreadId;
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Button(bell, "Notifications, 1 unread").Click());

        bell.WaitForAssertion(() => Button(bell, "Unread: owner mentioned you on users in shop").Click());

        var navigation = Services.GetRequiredService<NavigationManager>();
        bell.WaitForAssertion(() => Assert.EndsWith($"/projects/{project}?thread={thread}", navigation.Uri));
        Assert.Equal(0, await TempStore.Comments.Notifications.UnreadCountAsync(commenter));
    }

    [Fact]
    public async Task A_new_mention_raises_the_count_live()
    {
        var (project, _) = await ProjectWithCommenterAsync();
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Button(bell, "Notifications"));

        await TempStore.Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForTable(Users), "@commenter are you there?");

        bell.WaitForAssertion(() => Button(bell, "Notifications, 1 unread"));
    }
}
