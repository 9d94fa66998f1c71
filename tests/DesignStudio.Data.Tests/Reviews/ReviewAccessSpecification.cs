using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests.Reviews;

/// <summary>
/// Every review store operation called as owner, editor, commenter, viewer and a stranger: allowed exactly when the
/// role allows it, refused as a result (never an exception), and a refused request changes nothing — no review,
/// verdict, comment or activity entry. The caller joined as an editor, requested a review of their own and was
/// assigned to review the creator's; then their role was set to the one under test (a stranger was removed).
/// </summary>
public abstract class ReviewAccessSpecification
{
    public enum Actor { Owner, Editor, Commenter, Viewer, Stranger }

    public enum Operation { Request, WithdrawOwn, WithdrawOthers, Approve, RequestChanges, Comment, List, Load }

    private static readonly DateTimeOffset Start = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    public static TheoryData<Actor, Operation> Cases()
    {
        var data = new TheoryData<Actor, Operation>();
        foreach (var actor in Enum.GetValues<Actor>())
            foreach (var operation in Enum.GetValues<Operation>()) data.Add(actor, operation);
        return data;
    }

    private static ProjectRole? RoleOf(Actor actor) => actor switch
    {
        Actor.Owner => ProjectRole.Owner,
        Actor.Editor => ProjectRole.Editor,
        Actor.Commenter => ProjectRole.Commenter,
        Actor.Viewer => ProjectRole.Viewer,
        _ => null,
    };

    private static bool Allowed(ProjectRole? role, Operation operation) => operation switch
    {
        Operation.Request or Operation.WithdrawOwn => role.Allows(ProjectPermission.Edit),
        Operation.WithdrawOthers => false, // only the requester withdraws, whatever the caller's role
        Operation.Approve or Operation.RequestChanges or Operation.Comment => role.Allows(ProjectPermission.Comment),
        _ => role.Allows(ProjectPermission.View),
    };

    private static bool Writes(Operation operation) => operation is not (Operation.List or Operation.Load);

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Review_operation_is_allowed_exactly_when_the_role_allows_it(Actor actor, Operation operation)
    {
        var database = await MigratedDatabaseAsync();
        var clock = new FixedClock(Start);
        var projects = new ProjectStore(database, clock, NullLogger<ProjectStore>.Instance);
        var versions = new VersionStore(database, clock, NullLogger<VersionStore>.Instance);
        var reviews = new ReviewStore(database, clock, NullLogger<ReviewStore>.Instance);
        var creator = await TestUsers.CreateAsync(database, "creator");
        var other = await TestUsers.CreateAsync(database, "other");
        var caller = await TestUsers.CreateAsync(database, actor.ToString().ToLowerInvariant());
        var project = (await projects.CreateProjectAsync(creator, "reviews", new Design { Name = "v1" })).Value!;
        await AddAsync(projects, database, creator, project.Id, other, ProjectRole.Commenter);
        await AddAsync(projects, database, creator, project.Id, caller, ProjectRole.Editor);
        Assert.True((await versions.CommitVersionAsync(creator, project.Id, new Design { Name = "v1" }, "first")).Succeeded);
        Assert.True((await versions.CommitVersionAsync(creator, project.Id, new Design { Name = "v2" }, "second")).Succeeded);
        var creators = (await reviews.RequestAsync(creator, project.Id, new ReviewRequest(2, [caller, other]))).Value!;
        var callers = (await reviews.RequestAsync(caller, project.Id, new ReviewRequest(2, [other]))).Value!;
        if (RoleOf(actor) is { } role) await AddAsync(projects, database, creator, project.Id, caller, role);
        else Assert.Null(await projects.Members.RemoveAsync(creator, project.Id, caller));
        var before = await SnapshotAsync(database, project.Id);
        clock.Now = Start.AddMinutes(5);

        var problem = operation switch
        {
            Operation.Request => (await reviews.RequestAsync(caller, project.Id, new ReviewRequest(1, [other], "please"))).Problem,
            Operation.WithdrawOwn => await reviews.WithdrawAsync(caller, project.Id, callers.Number),
            Operation.WithdrawOthers => await reviews.WithdrawAsync(caller, project.Id, creators.Number),
            Operation.Approve => (await reviews.GiveVerdictAsync(caller, project.Id, creators.Number, ReviewVerdict.Approved)).Problem,
            Operation.RequestChanges => (await reviews.GiveVerdictAsync(caller, project.Id, creators.Number, ReviewVerdict.ChangesRequested)).Problem,
            Operation.Comment => (await reviews.CommentAsync(caller, project.Id, creators.Number, "Looks fine")).Problem,
            Operation.List => (await reviews.ListAsync(caller, project.Id)).Problem,
            Operation.Load => (await reviews.LoadAsync(caller, project.Id, creators.Number)).Problem,
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var allowed = Allowed(RoleOf(actor), operation);
        if (allowed) Assert.Null(problem);
        else Assert.Equal(AccessProblems.ForbiddenCode, problem?.Code); // the access refusal, not some other failure
        var after = await SnapshotAsync(database, project.Id);
        if (allowed && Writes(operation)) Assert.NotEqual(before, after);
        else Assert.Equal(before, after);
    }

    private static async Task AddAsync(ProjectStore projects, ProjectDatabase database, string owner, Guid projectId, string userId, ProjectRole role) =>
        Assert.True((await projects.Members.AddOrSetAsync(owner, projectId, await TestUsers.UserNameAsync(database, userId), role)).Succeeded);

    // Everything a review operation could change, read straight from the tables.
    internal static async Task<string> SnapshotAsync(ProjectDatabase database, Guid projectId)
    {
        await using var db = database.CreateContext();
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.ProjectId == projectId).OrderBy(r => r.Number).ToListAsync();
        var ids = reviews.Select(r => r.Id).ToList();
        var reviewers = await db.ReviewReviewers.AsNoTracking().Where(r => ids.Contains(r.ReviewId)).ToListAsync();
        var comments = await db.ReviewComments.AsNoTracking().Where(c => ids.Contains(c.ReviewId)).CountAsync();
        var activity = await db.Activity.AsNoTracking().CountAsync(a => a.ProjectId == projectId);
        return string.Join(" | ",
            string.Join(",", reviews.Select(r => $"{r.Number}:{r.VersionNumber}:{r.State}:{r.ClosedUtc:O}")),
            string.Join(",", reviewers.OrderBy(r => r.ReviewId).ThenBy(r => r.UserId, StringComparer.Ordinal).Select(r => $"{r.UserId}:{r.Verdict}:{r.AtUtc:O}")),
            comments, activity);
    }
}
