using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests;

/// <summary>
/// Every store operation called directly as owner, editor, commenter, viewer and a stranger: allowed exactly when the
/// role allows it, refused as a result (never an exception), and a refused request changes nothing.
/// </summary>
public abstract class AccessSpecification
{
    public enum Actor { Owner, Editor, Commenter, Viewer, Stranger }

    public enum Operation
    {
        List, Load, LoadDocumentAccess, Save, Comment, Rename, Delete, ListMembers, AddMember, ChangeRole, RemoveMember,
        CreateShareLink, ListShareLinks, RevokeShareLink, ReadActivity,
    }

    private static readonly DateTimeOffset Start = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    public static TheoryData<Actor, Operation> Cases()
    {
        var data = new TheoryData<Actor, Operation>();
        foreach (var actor in Enum.GetValues<Actor>())
            foreach (var operation in Enum.GetValues<Operation>()) data.Add(actor, operation);
        return data;
    }

    // What each operation needs; listing only ever shows the caller's own projects.
    private static ProjectPermission Needs(Operation operation) => operation switch
    {
        Operation.List or Operation.Load or Operation.LoadDocumentAccess or Operation.ListMembers => ProjectPermission.View,
        Operation.Comment => ProjectPermission.Comment,
        Operation.Save => ProjectPermission.Edit,
        _ => ProjectPermission.Manage,
    };

    private static ProjectRole? RoleOf(Actor actor) => actor switch
    {
        Actor.Owner => ProjectRole.Owner,
        Actor.Editor => ProjectRole.Editor,
        Actor.Commenter => ProjectRole.Commenter,
        Actor.Viewer => ProjectRole.Viewer,
        _ => null,
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Operation_is_allowed_exactly_when_the_role_allows_it(Actor actor, Operation operation)
    {
        var database = await MigratedDatabaseAsync();
        var store = new ProjectStore(database, new FixedClock(Start), NullLogger<ProjectStore>.Instance);
        var creator = await TestUsers.CreateAsync(database, "creator");
        var caller = await TestUsers.CreateAsync(database, actor.ToString().ToLowerInvariant());
        var bystander = await TestUsers.CreateAsync(database, "bystander");
        var newcomer = await TestUsers.CreateAsync(database, "newcomer");
        var project = (await store.CreateProjectAsync(creator, "matrix", new Design { Name = "v1" })).Value!;
        Assert.True((await store.Members.AddOrSetAsync(creator, project.Id, await TestUsers.UserNameAsync(database, bystander), ProjectRole.Viewer)).Succeeded);
        if (RoleOf(actor) is { } role)
            Assert.True((await store.Members.AddOrSetAsync(creator, project.Id, await TestUsers.UserNameAsync(database, caller), role)).Succeeded);
        var link = (await store.ShareLinks.CreateAsync(creator, project.Id, ProjectRole.Viewer, Start.UtcDateTime.AddDays(1))).Value!;
        Assert.Equal(RoleOf(actor), await store.Access.GetRoleAsync(project.Id, caller));
        var before = await SnapshotAsync(store, creator, project.Id);

        var outcome = operation switch
        {
            Operation.List => Listed(await store.ListProjectsAsync(caller), project.Id),
            Operation.Load => Of((await store.LoadDesignAsync(caller, project.Id)).Problem),
            Operation.LoadDocumentAccess => Of((await store.LoadDocumentAccessAsync(caller, project.Id)).Problem),
            Operation.Save => Of(await store.SaveDesignAsync(caller, project.Id, new Design { Name = "v2" }, 1)),
            Operation.Comment => Of(await store.Access.CheckAsync(project.Id, caller, ProjectPermission.Comment)),
            Operation.Rename => Of(await store.RenameProjectAsync(caller, project.Id, "renamed")),
            Operation.Delete => Of(await store.DeleteProjectAsync(caller, project.Id)),
            Operation.ListMembers => Of((await store.Members.ListAsync(caller, project.Id)).Problem),
            Operation.AddMember => Of((await store.Members.AddOrSetAsync(caller, project.Id, await TestUsers.UserNameAsync(database, newcomer), ProjectRole.Editor)).Problem),
            Operation.ChangeRole => Of((await store.Members.AddOrSetAsync(caller, project.Id, await TestUsers.UserNameAsync(database, bystander), ProjectRole.Editor)).Problem),
            Operation.RemoveMember => Of(await store.Members.RemoveAsync(caller, project.Id, bystander)),
            Operation.CreateShareLink => Of((await store.ShareLinks.CreateAsync(caller, project.Id, ProjectRole.Editor, Start.UtcDateTime.AddDays(2))).Problem),
            Operation.ListShareLinks => Of((await store.ShareLinks.ListAsync(caller, project.Id)).Problem),
            Operation.RevokeShareLink => Of(await store.ShareLinks.RevokeAsync(caller, project.Id, link.Link.Id)),
            Operation.ReadActivity => Of((await store.Activity.ListAsync(caller, project.Id)).Problem),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var allowed = RoleOf(actor).Allows(Needs(operation));
        Assert.Equal(allowed, outcome);
        if (!allowed) Assert.Equal(before, await SnapshotAsync(store, creator, project.Id));
    }

    private static bool Listed(IReadOnlyList<ProjectSummary> projects, Guid id) => projects.Any(p => p.Id == id);

    // A refusal must be the Forbidden result, not some other failure.
    private static bool Of(Core.Diagnostics.Diagnostic? problem)
    {
        if (problem is null) return true;
        Assert.Equal(AccessProblems.ForbiddenCode, problem.Code);
        return false;
    }

    private static bool Of(SaveResult result) => result switch
    {
        SaveResult.Saved => true,
        SaveResult.Forbidden => false,
        _ => throw new Xunit.Sdk.XunitException($"Unexpected save result {result}."),
    };

    private static bool Of(AccessDecision decision) => decision switch
    {
        AccessDecision.Allowed => true,
        AccessDecision.Forbidden => false,
        _ => throw new Xunit.Sdk.XunitException($"Unexpected decision {decision}."),
    };

    // Everything a refused request could have changed, read as the creator.
    private static async Task<string> SnapshotAsync(ProjectStore store, string creator, Guid projectId)
    {
        var design = await store.LoadDesignAsync(creator, projectId);
        var members = await store.Members.ListAsync(creator, projectId);
        var links = await store.ShareLinks.ListAsync(creator, projectId);
        return string.Join(" | ",
            design.Value?.Project.Name, design.Value?.Version, design.Value?.Design.Name,
            string.Join(",", members.Value!.Select(m => m.UserName + ":" + m.Role)),
            string.Join(",", links.Value!.Select(l => l.Role + ":" + l.IsValid)));
    }
}
