using DesignStudio.Data.Activity;
using DesignStudio.Data.Comments;

namespace DesignStudio.Data.Tests.Comments;

/// <summary>What comment threads do, stated once and run against each real engine.</summary>
public abstract class CommentStoreSpecification
{
    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    [SkippableFact]
    public async Task Mention_of_a_member_notifies_them_and_names_of_non_members_are_reported_to_the_author()
    {
        var events = new CommentEvents();
        var changes = new List<CommentChange>();
        events.Changed += changes.Add;
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync(), events);
        var commenter = await p.NameOfAsync(p.Commenter);
        var stranger = await p.NameOfAsync(p.Stranger);

        var posted = (await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, CommentProject.TableTarget,
            $"@{commenter} please check this. Also @{stranger} and @nobody-at-all.")).Value!;

        Assert.Equal([commenter], posted.Mentioned);
        Assert.Equal([stranger, "nobody-at-all"], posted.NotMembers);
        var inbox = await p.Comments.Notifications.ListAsync(p.Commenter);
        var mention = Assert.Single(inbox);
        Assert.Equal(NotificationKind.Mention, mention.Kind);
        Assert.Equal(posted.ThreadId, mention.ThreadId);
        Assert.Equal("users", mention.TargetLabel);
        Assert.Equal(await p.NameOfAsync(p.Owner), mention.ActorName);
        Assert.False(mention.Read);
        Assert.Equal(1, await p.Comments.Notifications.UnreadCountAsync(p.Commenter));
        Assert.Empty(await p.Comments.Notifications.ListAsync(p.Stranger));
        Assert.Empty(await p.Comments.Notifications.ListAsync(p.Owner));
        Assert.Equal([p.Commenter], Assert.Single(changes).NotifiedUserIds);
    }

    [SkippableFact]
    public async Task Replies_notify_the_other_participants_once_each_and_never_the_author()
    {
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync());
        var editor = await p.NameOfAsync(p.Editor);
        var thread = (await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, CommentProject.EmailTarget, "Should email be unique?")).Value!.ThreadId;

        Assert.True((await p.Comments.ReplyAsync(p.Commenter, p.ProjectId, thread, $"Yes. @{editor} can you add the constraint?")).Succeeded);
        Assert.Equal([NotificationKind.Reply], (await p.Comments.Notifications.ListAsync(p.Owner)).Select(n => n.Kind));
        Assert.Equal([NotificationKind.Mention], (await p.Comments.Notifications.ListAsync(p.Editor)).Select(n => n.Kind));
        Assert.Empty(await p.Comments.Notifications.ListAsync(p.Commenter));
        Assert.Empty(await p.Comments.Notifications.ListAsync(p.Viewer));

        Assert.True((await p.Comments.ReplyAsync(p.Owner, p.ProjectId, thread, "Thanks both.")).Succeeded);
        Assert.Single(await p.Comments.Notifications.ListAsync(p.Owner));
        Assert.Equal([NotificationKind.Reply], (await p.Comments.Notifications.ListAsync(p.Commenter)).Select(n => n.Kind));
        Assert.Equal([NotificationKind.Reply, NotificationKind.Mention], (await p.Comments.Notifications.ListAsync(p.Editor)).Select(n => n.Kind));
        Assert.Empty(await p.Comments.Notifications.ListAsync(p.Viewer));
    }

    [SkippableFact]
    public async Task Marking_read_clears_the_unread_count_and_only_the_recipient_can_do_it()
    {
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync());
        var commenter = await p.NameOfAsync(p.Commenter);
        var first = (await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, CommentProject.TableTarget, $"@{commenter} one")).Value!.ThreadId;
        await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, CommentProject.EmailTarget, $"@{commenter} two");
        var inbox = await p.Comments.Notifications.ListAsync(p.Commenter);
        Assert.Equal(2, await p.Comments.Notifications.UnreadCountAsync(p.Commenter));

        Assert.False(await p.Comments.Notifications.MarkReadAsync(p.Owner, inbox[0].Id));
        Assert.Equal(2, await p.Comments.Notifications.UnreadCountAsync(p.Commenter));
        Assert.Equal(1, await p.Comments.Notifications.MarkThreadReadAsync(p.Commenter, first));
        Assert.Equal(1, await p.Comments.Notifications.UnreadCountAsync(p.Commenter));
        Assert.Equal([first], (await p.Comments.Notifications.ListAsync(p.Commenter)).Where(n => n.Read).Select(n => n.ThreadId));
        Assert.True(await p.Comments.Notifications.MarkReadAsync(p.Commenter, inbox[0].Id));
        Assert.Equal(0, await p.Comments.Notifications.UnreadCountAsync(p.Commenter));
    }

    [SkippableFact]
    public async Task Notifications_from_a_project_the_user_left_are_not_shown()
    {
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync());
        await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, CommentProject.TableTarget, $"@{await p.NameOfAsync(p.Viewer)} fyi");
        Assert.Equal(1, await p.Comments.Notifications.UnreadCountAsync(p.Viewer));

        Assert.Null(await p.Store.Members.RemoveAsync(p.Owner, p.ProjectId, p.Viewer));

        Assert.Equal(0, await p.Comments.Notifications.UnreadCountAsync(p.Viewer));
        Assert.Empty(await p.Comments.Notifications.ListAsync(p.Viewer));
    }

    [SkippableFact]
    public async Task Resolve_and_reopen_move_the_thread_between_the_open_and_resolved_lists_and_are_logged()
    {
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync());
        var thread = (await p.Comments.StartThreadAsync(p.Commenter, p.ProjectId, CommentProject.TableTarget, "Rename to customers?")).Value!.ThreadId;
        Assert.Equal([thread], (await p.Comments.ListThreadsAsync(p.Viewer, p.ProjectId, ThreadFilter.Open)).Value!.Select(t => t.Id));

        p.Clock.Now = CommentProject.Start.AddMinutes(1);
        Assert.Null(await p.Comments.ResolveAsync(p.Editor, p.ProjectId, thread));
        Assert.Empty((await p.Comments.ListThreadsAsync(p.Viewer, p.ProjectId, ThreadFilter.Open)).Value!);
        var resolved = Assert.Single((await p.Comments.ListThreadsAsync(p.Viewer, p.ProjectId, ThreadFilter.Resolved)).Value!);
        Assert.True(resolved.Resolved);
        Assert.Equal(p.Editor, resolved.ResolvedBy);
        Assert.Equal(CommentProject.Start.AddMinutes(1).UtcDateTime, resolved.ResolvedUtc);
        Assert.Equal(CommentCodes.AlreadyInState, (await p.Comments.ResolveAsync(p.Owner, p.ProjectId, thread))?.Code);

        Assert.Null(await p.Comments.ReopenAsync(p.Commenter, p.ProjectId, thread));
        var reopened = Assert.Single((await p.Comments.ListThreadsAsync(p.Viewer, p.ProjectId, ThreadFilter.Open)).Value!);
        Assert.False(reopened.Resolved);
        Assert.Null(reopened.ResolvedBy);

        var log = (await p.Store.Activity.ListAsync(p.Owner, p.ProjectId)).Value!;
        Assert.Equal([ActivityKind.CommentAdded, ActivityKind.CommentThreadResolved, ActivityKind.CommentThreadReopened],
            log.Where(e => e.Kind.ToString().StartsWith("Comment", StringComparison.Ordinal)).OrderBy(e => e.Id).Select(e => e.Kind));
        Assert.Contains(log, e => e.Summary == "Commented on users: Rename to customers?" && e.UserId == p.Commenter);
    }

    [SkippableFact]
    public async Task Comment_on_a_column_of_a_deleted_table_stays_readable_under_its_snapshot_name()
    {
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync());
        var thread = (await p.Comments.StartThreadAsync(p.Commenter, p.ProjectId, CommentProject.EmailTarget, "Needs a unique index.")).Value!.ThreadId;
        var stored = (await p.Store.LoadDesignAsync(p.Owner, p.ProjectId)).Value!;
        var withoutUsers = CommentProject.Design with { Tables = [] };
        Assert.IsType<SaveResult.Saved>(await p.Store.SaveDesignAsync(p.Editor, p.ProjectId, withoutUsers, stored.Version));

        var view = (await p.Comments.GetThreadAsync(p.Viewer, p.ProjectId, thread)).Value!;
        Assert.Equal("users.email", view.Summary.Target.Label);
        Assert.Equal(CommentTargetKind.Column, view.Summary.Target.Kind);
        Assert.Equal(("tbl_users", "col_users_email"), (view.Summary.Target.TableId, view.Summary.Target.ColumnId));
        Assert.Equal("Needs a unique index.", Assert.Single(view.Comments).Body);
        Assert.True(view.Summary.Target.IsOrphanedIn((await p.Store.LoadDesignAsync(p.Viewer, p.ProjectId)).Value!.Design));
        Assert.False(view.Summary.Target.IsOrphanedIn(CommentProject.Design));
        Assert.Single((await p.Comments.ListThreadsAsync(p.Viewer, p.ProjectId)).Value!);
    }

    [SkippableFact]
    public async Task Empty_and_overlong_bodies_are_refused_with_diagnostics_and_nothing_is_written()
    {
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync());
        Assert.Equal(CommentCodes.EmptyBody, (await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, CommentProject.TableTarget, "  \n ")).Problem?.Code);
        Assert.Equal(CommentCodes.LongBody,
            (await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, CommentProject.TableTarget, new string('x', CommentStore.MaxBodyLength + 1))).Problem?.Code);
        Assert.Equal(CommentCodes.BadTarget,
            (await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, new CommentTarget(CommentTargetKind.Column, "tbl_users", null, "users.?"), "hm")).Problem?.Code);
        Assert.Empty((await p.Comments.ListThreadsAsync(p.Owner, p.ProjectId)).Value!);
        Assert.True((await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, CommentProject.TableTarget, new string('x', CommentStore.MaxBodyLength))).Succeeded);
    }

    [SkippableFact]
    public async Task Bodies_are_stored_verbatim_as_plain_text()
    {
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync());
        const string body = "<script>alert('x')</script> & <b>bold</b>";
        var thread = (await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, CommentProject.TableTarget, body)).Value!.ThreadId;
        Assert.Equal(body, Assert.Single((await p.Comments.GetThreadAsync(p.Viewer, p.ProjectId, thread)).Value!.Comments).Body);
    }

    [SkippableFact]
    public async Task Deleting_the_last_comment_deletes_the_thread_and_its_notifications()
    {
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync());
        var posted = (await p.Comments.StartThreadAsync(p.Commenter, p.ProjectId, CommentProject.TableTarget, $"@{await p.NameOfAsync(p.Editor)} typo")).Value!;
        var reply = (await p.Comments.ReplyAsync(p.Editor, p.ProjectId, posted.ThreadId, "fixed")).Value!;

        Assert.Null(await p.Comments.DeleteCommentAsync(p.Owner, p.ProjectId, posted.Comment.Id));
        Assert.Equal(["fixed"], (await p.Comments.GetThreadAsync(p.Viewer, p.ProjectId, posted.ThreadId)).Value!.Comments.Select(c => c.Body));
        Assert.Null(await p.Comments.EditCommentAsync(p.Editor, p.ProjectId, reply.Comment.Id, "fixed in v2"));
        var edited = Assert.Single((await p.Comments.GetThreadAsync(p.Viewer, p.ProjectId, posted.ThreadId)).Value!.Comments);
        Assert.Equal("fixed in v2", edited.Body);
        Assert.NotNull(edited.EditedUtc);

        Assert.Null(await p.Comments.DeleteCommentAsync(p.Editor, p.ProjectId, reply.Comment.Id));
        Assert.Equal(CommentCodes.MissingThread, (await p.Comments.GetThreadAsync(p.Viewer, p.ProjectId, posted.ThreadId)).Problem?.Code);
        Assert.Empty(await p.Comments.Notifications.ListAsync(p.Editor));
        Assert.Empty(await p.Comments.Notifications.ListAsync(p.Commenter));
    }

    [SkippableFact]
    public async Task A_thread_can_name_the_version_it_is_about()
    {
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync());
        var target = CommentTarget.ForDesign(CommentProject.Design, versionNumber: 3);
        var thread = (await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, target, "Ship it?")).Value!.ThreadId;
        var listed = Assert.Single((await p.Comments.ListThreadsAsync(p.Viewer, p.ProjectId)).Value!);
        Assert.Equal(thread, listed.Id);
        Assert.Equal(target, listed.Target);
    }
}
