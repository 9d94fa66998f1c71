using DesignStudio.Data.Access;
using DesignStudio.Data.Comments;
using Microsoft.EntityFrameworkCore;

namespace DesignStudio.Data.Tests.Comments;

/// <summary>
/// Every comment operation called by owner, editor, commenter, viewer and a stranger: allowed exactly when the role
/// allows it (reading needs viewer; starting, replying, resolving, reopening and changing one's own comments need
/// commenter; deleting someone else's comment needs owner), refused as a result, and a refusal changes nothing.
/// </summary>
public abstract class CommentAccessSpecification
{
    public enum Actor { Owner, Editor, Commenter, Viewer, Stranger }

    public enum Operation { ListThreads, GetThread, StartThread, Reply, Resolve, Reopen, EditOwn, DeleteOwn, DeleteOthers }

    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    public static TheoryData<Actor, Operation> Cases()
    {
        var data = new TheoryData<Actor, Operation>();
        foreach (var actor in Enum.GetValues<Actor>())
            foreach (var operation in Enum.GetValues<Operation>()) data.Add(actor, operation);
        return data;
    }

    private static bool Allowed(Actor actor, Operation operation) => operation switch
    {
        Operation.ListThreads or Operation.GetThread => actor != Actor.Stranger,
        Operation.DeleteOthers => actor == Actor.Owner,
        _ => actor is Actor.Owner or Actor.Editor or Actor.Commenter,
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Comment_operation_is_allowed_exactly_when_the_role_allows_it(Actor actor, Operation operation)
    {
        var p = await CommentProject.CreateAsync(await MigratedDatabaseAsync());
        var caller = p.Users[actor.ToString().ToLowerInvariant()];
        // Someone other than every caller writes the existing comments, so "delete others'" is never the caller's own.
        var author = await TestUsers.CreateAsync(p.Database, "author");
        Assert.True((await p.Store.Members.AddOrSetAsync(p.Owner, p.ProjectId, await p.NameOfAsync(author), ProjectRole.Editor)).Succeeded);
        var started = (await p.Comments.StartThreadAsync(author, p.ProjectId, CommentProject.TableTarget, "Should this be plural?")).Value!;
        var resolvedThread = (await p.Comments.StartThreadAsync(author, p.ProjectId, CommentProject.EmailTarget, "Unique?")).Value!.ThreadId;
        Assert.Null(await p.Comments.ResolveAsync(author, p.ProjectId, resolvedThread));
        long ownComment = 0;
        if (operation is Operation.EditOwn or Operation.DeleteOwn)
        {
            // The caller wrote a comment while they could, then got their real role (a demoted author keeps no rights).
            var name = await p.NameOfAsync(caller);
            Assert.True((await p.Store.Members.AddOrSetAsync(p.Owner, p.ProjectId, name, ProjectRole.Commenter)).Succeeded || actor == Actor.Owner);
            ownComment = (await p.Comments.ReplyAsync(caller, p.ProjectId, started.ThreadId, "my own words")).Value!.Comment.Id;
            if (actor == Actor.Stranger) Assert.Null(await p.Store.Members.RemoveAsync(p.Owner, p.ProjectId, caller));
            else if (actor != Actor.Owner)
                Assert.True((await p.Store.Members.AddOrSetAsync(p.Owner, p.ProjectId, name, Enum.Parse<ProjectRole>(actor.ToString()))).Succeeded);
        }
        var before = await SnapshotAsync(p);
        p.Clock.Now = CommentProject.Start.AddMinutes(5);

        var problem = operation switch
        {
            Operation.ListThreads => (await p.Comments.ListThreadsAsync(caller, p.ProjectId)).Problem,
            Operation.GetThread => (await p.Comments.GetThreadAsync(caller, p.ProjectId, started.ThreadId)).Problem,
            Operation.StartThread => (await p.Comments.StartThreadAsync(caller, p.ProjectId, CommentProject.EmailTarget, "Index this?")).Problem,
            Operation.Reply => (await p.Comments.ReplyAsync(caller, p.ProjectId, started.ThreadId, "Agreed.")).Problem,
            Operation.Resolve => await p.Comments.ResolveAsync(caller, p.ProjectId, started.ThreadId),
            Operation.Reopen => await p.Comments.ReopenAsync(caller, p.ProjectId, resolvedThread),
            Operation.EditOwn => await p.Comments.EditCommentAsync(caller, p.ProjectId, ownComment, "my better words"),
            Operation.DeleteOwn => await p.Comments.DeleteCommentAsync(caller, p.ProjectId, ownComment),
            Operation.DeleteOthers => await p.Comments.DeleteCommentAsync(caller, p.ProjectId, started.Comment.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var allowed = Allowed(actor, operation);
        Assert.Equal(allowed, problem is null);
        if (problem is not null)
        {
            // Members who may comment but not delete others' comments are told so; everyone else is refused access.
            var expected = operation == Operation.DeleteOthers && actor is Actor.Editor or Actor.Commenter ? CommentCodes.NotAuthor : AccessProblems.ForbiddenCode;
            Assert.Equal(expected, problem.Code);
        }
        var after = await SnapshotAsync(p);
        if (!allowed || operation is Operation.ListThreads or Operation.GetThread) Assert.Equal(before, after);
        else Assert.NotEqual(before, after);
    }

    // Everything a comment operation could change, read straight from the tables.
    private static async Task<string> SnapshotAsync(CommentProject p)
    {
        await using var db = p.Database.CreateContext();
        var threads = await db.Set<CommentThread>().AsNoTracking().Where(t => t.ProjectId == p.ProjectId).OrderBy(t => t.CreatedUtc).ThenBy(t => t.TargetLabel)
            .Select(t => t.TargetLabel + ":" + (t.ResolvedUtc != null)).ToListAsync();
        var comments = await (from c in db.Set<Comment>().AsNoTracking() join t in db.Set<CommentThread>() on c.ThreadId equals t.Id
                              where t.ProjectId == p.ProjectId orderby c.Id select c.Id + ":" + c.Body).ToListAsync();
        var notifications = await db.Set<Notification>().CountAsync(n => n.ProjectId == p.ProjectId);
        var activity = await db.Activity.CountAsync(a => a.ProjectId == p.ProjectId);
        return string.Join(" | ", string.Join(",", threads), string.Join(",", comments), notifications, activity);
    }
}
