using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests;

/// <summary>Share links, membership rules and the activity log, on each real engine.</summary>
public abstract class ShareLinkSpecification
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    private async Task<(ProjectStore Store, FixedClock Clock, ProjectDatabase Database, string Owner, string Guest, Guid ProjectId)> ArrangeAsync()
    {
        var database = await MigratedDatabaseAsync();
        var clock = new FixedClock(Start);
        var store = new ProjectStore(database, clock, NullLogger<ProjectStore>.Instance);
        var owner = await TestUsers.CreateAsync(database, "owner");
        var guest = await TestUsers.CreateAsync(database, "guest");
        var project = (await store.CreateProjectAsync(owner, "shared", new Design())).Value!;
        return (store, clock, database, owner, guest, project.Id);
    }

    [SkippableFact]
    public async Task Opening_a_viewer_link_makes_the_user_a_viewer_who_can_load_but_not_save()
    {
        var (store, _, _, owner, guest, projectId) = await ArrangeAsync();
        var link = (await store.ShareLinks.CreateAsync(owner, projectId, ProjectRole.Viewer, Start.UtcDateTime.AddDays(7))).Value!;
        Assert.StartsWith("/share/", link.Path);

        var joined = await store.ShareLinks.RedeemAsync(guest, link.Token);
        Assert.Equal(projectId, joined.Value?.Id);
        Assert.Equal(ProjectRole.Viewer, await store.Access.GetRoleAsync(projectId, guest));
        Assert.Equal(new ProjectGrant(ProjectRole.Viewer, Start.UtcDateTime.AddDays(7)), await store.Access.GetGrantAsync(projectId, guest));
        Assert.Contains(await store.ListProjectsAsync(guest), p => p.Id == projectId && p.Role == ProjectRole.Viewer);
        Assert.True((await store.LoadDesignAsync(guest, projectId)).Succeeded);
        Assert.IsType<SaveResult.Forbidden>(await store.SaveDesignAsync(guest, projectId, new Design { Name = "forged" }, 1));
        Assert.Equal(1, (await store.LoadDesignAsync(owner, projectId)).Value!.Version);
    }

    [SkippableFact]
    public async Task Access_through_a_link_ends_when_the_link_expires()
    {
        var (store, clock, _, owner, guest, projectId) = await ArrangeAsync();
        var link = (await store.ShareLinks.CreateAsync(owner, projectId, ProjectRole.Editor, Start.UtcDateTime.AddHours(1))).Value!;
        Assert.True((await store.ShareLinks.RedeemAsync(guest, link.Token)).Succeeded);
        Assert.IsType<SaveResult.Saved>(await store.SaveDesignAsync(guest, projectId, new Design { Name = "by guest" }, 1));

        clock.Now = Start.AddHours(1);
        Assert.Null(await store.Access.GetRoleAsync(projectId, guest));
        Assert.True(AccessProblems.IsForbidden((await store.LoadDesignAsync(guest, projectId)).Problem));
        Assert.IsType<SaveResult.Forbidden>(await store.SaveDesignAsync(guest, projectId, new Design(), 2));
        Assert.DoesNotContain(await store.ListProjectsAsync(guest), p => p.Id == projectId);
        Assert.DoesNotContain((await store.Members.ListAsync(owner, projectId)).Value!, m => m.UserId == guest);
        var other = await TestUsers.CreateAsync(await MigratedDatabaseAsync(), "late");
        Assert.Equal(AccessProblems.InvalidShareLinkCode, (await store.ShareLinks.RedeemAsync(other, link.Token)).Problem?.Code);
        Assert.False(Assert.Single((await store.ShareLinks.ListAsync(owner, projectId)).Value!).IsValid);
    }

    [SkippableFact]
    public async Task Revoking_a_link_ends_access_at_once_and_tells_open_pages()
    {
        var (store, _, _, owner, guest, projectId) = await ArrangeAsync();
        var changes = new List<AccessChange>();
        store.Events.Changed += changes.Add;
        var link = (await store.ShareLinks.CreateAsync(owner, projectId, ProjectRole.Commenter, Start.UtcDateTime.AddDays(1))).Value!;
        Assert.True((await store.ShareLinks.RedeemAsync(guest, link.Token)).Succeeded);
        Assert.Equal(AccessDecision.Allowed, await store.Access.CheckAsync(projectId, guest, ProjectPermission.Comment));

        Assert.Null(await store.ShareLinks.RevokeAsync(owner, projectId, link.Link.Id));
        Assert.Equal(AccessDecision.Forbidden, await store.Access.CheckAsync(projectId, guest, ProjectPermission.View));
        Assert.Contains(new AccessChange(projectId, null), changes);
        Assert.Equal(AccessProblems.InvalidShareLinkCode, (await store.ShareLinks.RedeemAsync(guest, link.Token)).Problem?.Code);
    }

    [SkippableFact]
    public async Task A_member_whose_role_an_owner_sets_keeps_access_after_the_link_is_revoked()
    {
        var (store, _, database, owner, guest, projectId) = await ArrangeAsync();
        var link = (await store.ShareLinks.CreateAsync(owner, projectId, ProjectRole.Viewer, Start.UtcDateTime.AddDays(1))).Value!;
        await store.ShareLinks.RedeemAsync(guest, link.Token);
        Assert.True(Assert.Single((await store.Members.ListAsync(owner, projectId)).Value!, m => m.UserId == guest).ViaShareLink);
        Assert.True((await store.Members.AddOrSetAsync(owner, projectId, await TestUsers.UserNameAsync(database, guest), ProjectRole.Commenter)).Succeeded);
        await store.ShareLinks.RevokeAsync(owner, projectId, link.Link.Id);
        Assert.Equal(ProjectRole.Commenter, await store.Access.GetRoleAsync(projectId, guest));
    }

    [SkippableFact]
    public async Task A_direct_member_opening_a_link_keeps_their_role()
    {
        var (store, _, database, owner, guest, projectId) = await ArrangeAsync();
        await store.Members.AddOrSetAsync(owner, projectId, await TestUsers.UserNameAsync(database, guest) + "@example.test", ProjectRole.Editor);
        var link = (await store.ShareLinks.CreateAsync(owner, projectId, ProjectRole.Viewer, Start.UtcDateTime.AddDays(1))).Value!;
        Assert.True((await store.ShareLinks.RedeemAsync(guest, link.Token)).Succeeded);
        Assert.Equal(ProjectRole.Editor, await store.Access.GetRoleAsync(projectId, guest));
    }

    [SkippableFact]
    public async Task Only_the_token_hash_is_stored()
    {
        var (store, _, database, owner, _, projectId) = await ArrangeAsync();
        var link = (await store.ShareLinks.CreateAsync(owner, projectId, ProjectRole.Viewer, Start.UtcDateTime.AddDays(1))).Value!;
        await using var db = database.CreateContext();
        var stored = await db.ShareLinks.SingleAsync(l => l.Id == link.Link.Id);
        Assert.Equal(ShareLinks.Hash(link.Token), stored.TokenHash);
        Assert.NotEqual(link.Token, stored.TokenHash);
        Assert.True(link.Token.Length >= 43);
    }

    [SkippableFact]
    public async Task Links_granting_owner_or_already_expired_are_refused()
    {
        var (store, _, _, owner, _, projectId) = await ArrangeAsync();
        Assert.Equal(AccessProblems.BadShareLinkCode, (await store.ShareLinks.CreateAsync(owner, projectId, ProjectRole.Owner, Start.UtcDateTime.AddDays(1))).Problem?.Code);
        Assert.Equal(AccessProblems.BadShareLinkCode, (await store.ShareLinks.CreateAsync(owner, projectId, ProjectRole.Viewer, Start.UtcDateTime)).Problem?.Code);
        Assert.Equal(AccessProblems.InvalidShareLinkCode, (await store.ShareLinks.RedeemAsync(owner, "not-a-token")).Problem?.Code);
    }

    [SkippableFact]
    public async Task The_last_owner_can_be_neither_removed_nor_demoted()
    {
        var (store, _, database, owner, guest, projectId) = await ArrangeAsync();
        var ownerName = await TestUsers.UserNameAsync(database, owner);
        Assert.Equal(AccessProblems.LastOwnerCode, (await store.Members.RemoveAsync(owner, projectId, owner))?.Code);
        Assert.Equal(AccessProblems.LastOwnerCode, (await store.Members.AddOrSetAsync(owner, projectId, ownerName, ProjectRole.Editor)).Problem?.Code);
        await store.Members.AddOrSetAsync(owner, projectId, await TestUsers.UserNameAsync(database, guest), ProjectRole.Owner);
        Assert.Null(await store.Members.RemoveAsync(owner, projectId, owner));
        Assert.Null(await store.Access.GetRoleAsync(projectId, owner));
        Assert.Equal(AccessProblems.UnknownUserCode, (await store.Members.AddOrSetAsync(guest, projectId, "nobody-by-that-name", ProjectRole.Viewer)).Problem?.Code);
    }

    [SkippableFact]
    public async Task Activity_log_records_who_did_what_and_coalesces_a_run_of_saves()
    {
        var (store, clock, database, owner, guest, projectId) = await ArrangeAsync();
        await store.RenameProjectAsync(owner, projectId, "renamed");
        clock.Now = Start.AddMinutes(1);
        for (var v = 1; v <= 3; v++) await store.SaveDesignAsync(owner, projectId, new Design(), v, summary: "AddTable");
        var link = (await store.ShareLinks.CreateAsync(owner, projectId, ProjectRole.Editor, Start.UtcDateTime.AddDays(1))).Value!;
        await store.ShareLinks.RedeemAsync(guest, link.Token);
        await store.SaveDesignAsync(guest, projectId, new Design(), 4);
        await store.ShareLinks.RevokeAsync(owner, projectId, link.Link.Id);

        var log = (await store.Activity.ListAsync(owner, projectId)).Value!;
        Assert.Equal(
            [ActivityKind.ShareLinkRevoked, ActivityKind.DesignSaved, ActivityKind.ShareLinkUsed, ActivityKind.ShareLinkCreated,
             ActivityKind.DesignSaved, ActivityKind.ProjectRenamed, ActivityKind.ProjectCreated],
            log.Select(e => e.Kind));
        Assert.Equal("Saved versions 2–4: AddTable", log[4].Summary);
        Assert.Equal(await TestUsers.UserNameAsync(database, guest), log[1].UserName);
        Assert.Equal("Saved version 5", log[1].Summary);

        await store.DeleteProjectAsync(owner, projectId);
        await using var db = database.CreateContext();
        Assert.True(await db.Activity.AnyAsync(a => a.ProjectId == projectId && a.Kind == ActivityKind.ProjectDeleted && a.UserId == owner));
    }

    [SkippableFact]
    public async Task The_first_account_adopts_projects_that_have_no_owner()
    {
        var (store, _, database, owner, guest, projectId) = await ArrangeAsync();
        await using (var db = database.CreateContext())
        {
            await db.Members.Where(m => m.ProjectId == projectId).ExecuteDeleteAsync();
        }
        Assert.Null(await store.Access.GetRoleAsync(projectId, owner));
        Assert.True(await store.AdoptProjectsWithoutOwnerAsync(guest) >= 1);
        Assert.Equal(ProjectRole.Owner, await store.Access.GetRoleAsync(projectId, guest));
    }
}
