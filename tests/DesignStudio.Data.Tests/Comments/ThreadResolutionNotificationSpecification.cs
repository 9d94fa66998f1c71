using DesignStudio.Data.Comments;

namespace DesignStudio.Data.Tests.Comments;

/// <summary>Resolving and reopening a thread notifies its participants, never the person who did it, on a real store.</summary>
public abstract class ThreadResolutionNotificationSpecification
{
    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    [SkippableFact]
    public async Task Resolving_and_reopening_notify_the_participants_but_not_the_actor()
    {
        var events = new CommentEvents();
        var changes = new List<CommentChange>();
        events.Changed += changes.Add;
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync(), events);
        // Participants: the owner started it, the commenter replied, the viewer was mentioned; the editor never took part.
        var thread = (await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, CommentProject.TableTarget, "Is email unique?")).Value!.ThreadId;
        Assert.True((await p.Comments.ReplyAsync(p.Commenter, p.ProjectId, thread, $"Yes, @{await p.NameOfAsync(p.Viewer)} added the index")).Succeeded);
        foreach (var user in new[] { p.Owner, p.Viewer }) await p.Comments.Notifications.MarkAllReadAsync(user);
        changes.Clear();

        Assert.Null(await p.Comments.ResolveAsync(p.Commenter, p.ProjectId, thread));

        var resolved = Assert.Single(changes);
        Assert.Equal(CommentChangeKind.Resolved, resolved.Kind);
        Assert.Equal(new[] { p.Owner, p.Viewer }.Order(), resolved.NotifiedUserIds.Order());
        foreach (var user in new[] { p.Owner, p.Viewer })
        {
            var notice = (await p.Comments.Notifications.ListAsync(user, unreadOnly: true)).Single();
            Assert.Equal((NotificationKind.Resolved, thread, await p.NameOfAsync(p.Commenter)), (notice.Kind, notice.ThreadId, notice.ActorName));
            Assert.Equal("Resolved: Is email unique?", notice.Excerpt);
            Assert.Equal("users", notice.TargetLabel);
            Assert.False(notice.IsReview);
        }
        Assert.Empty(await p.Comments.Notifications.ListAsync(p.Commenter, unreadOnly: true));
        Assert.Empty(await p.Comments.Notifications.ListAsync(p.Editor));

        changes.Clear();
        Assert.Null(await p.Comments.ReopenAsync(p.Owner, p.ProjectId, thread));

        Assert.Equal(new[] { p.Commenter, p.Viewer }.Order(), Assert.Single(changes).NotifiedUserIds.Order());
        Assert.Equal(NotificationKind.Reopened, (await p.Comments.Notifications.ListAsync(p.Commenter, unreadOnly: true)).Single().Kind);
        Assert.Equal([NotificationKind.Reopened, NotificationKind.Resolved],
            (await p.Comments.Notifications.ListAsync(p.Viewer, unreadOnly: true)).Select(n => n.Kind));
        // The owner acted: nothing new for them.
        Assert.Equal([NotificationKind.Resolved], (await p.Comments.Notifications.ListAsync(p.Owner, unreadOnly: true)).Select(n => n.Kind));
    }

    [SkippableFact]
    public async Task A_participant_who_lost_access_is_not_notified_and_a_refused_resolution_notifies_nobody()
    {
        var events = new CommentEvents();
        var changes = new List<CommentChange>();
        events.Changed += changes.Add;
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync(), events);
        var thread = (await p.Comments.StartThreadAsync(p.Commenter, p.ProjectId, CommentProject.TableTarget, "Rename this?")).Value!.ThreadId;
        Assert.True((await p.Comments.ReplyAsync(p.Editor, p.ProjectId, thread, "Maybe")).Succeeded);
        Assert.Null(await p.Store.Members.RemoveAsync(p.Owner, p.ProjectId, p.Editor));
        changes.Clear();

        Assert.NotNull(await p.Comments.ResolveAsync(p.Viewer, p.ProjectId, thread));
        Assert.Empty(changes);
        Assert.Null(await p.Comments.ResolveAsync(p.Owner, p.ProjectId, thread));

        Assert.Equal([p.Commenter], Assert.Single(changes).NotifiedUserIds);
        Assert.Empty(await p.Comments.Notifications.ListAsync(p.Editor));
    }
}
