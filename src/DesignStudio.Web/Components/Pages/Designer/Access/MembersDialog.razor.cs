using System.Globalization;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Web.Accounts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer.Access;

/// <summary>The members and share links of a project, for its owners (the store refuses everyone else).</summary>
public partial class MembersDialog
{
    private static readonly ProjectRole[] AllRoles = [ProjectRole.Owner, ProjectRole.Editor, ProjectRole.Commenter, ProjectRole.Viewer];
    private static readonly ProjectRole[] LinkRoles = [ProjectRole.Viewer, ProjectRole.Commenter, ProjectRole.Editor];

    private IReadOnlyList<MemberSummary>? members;
    private IReadOnlyList<ShareLinkSummary>? links;
    private string? problem;
    private string? newMember;
    private ProjectRole newRole = ProjectRole.Editor;
    private ProjectRole linkRole = ProjectRole.Viewer;
    private int linkDays = 7;
    private string? createdUrl;
    private bool busy;
    private string userId = "";

    [CascadingParameter] private IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject] private ProjectStore Store { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The project.</summary>
    [Parameter] public Guid ProjectId { get; set; }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        userId = await User.IdAsync();
        await ReloadAsync();
    }

    private static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private async Task ReloadAsync()
    {
        var listed = await Store.Members.ListAsync(userId, ProjectId);
        members = listed.Value ?? [];
        var shared = await Store.ShareLinks.ListAsync(userId, ProjectId);
        links = shared.Value ?? [];
        problem = listed.Problem?.Message ?? shared.Problem?.Message;
    }

    private Task AddAsync() => RunAsync(async () => (await Store.Members.AddOrSetAsync(userId, ProjectId, newMember ?? "", newRole)).Problem, () => newMember = null);

    private Task SetRoleAsync(MemberSummary member, ProjectRole role) =>
        RunAsync(async () => (await Store.Members.AddOrSetAsync(userId, ProjectId, member.UserName, role)).Problem);

    private Task RemoveAsync(MemberSummary member) => RunAsync(() => Store.Members.RemoveAsync(userId, ProjectId, member.UserId));

    private Task RevokeAsync(ShareLinkSummary link) => RunAsync(() => Store.ShareLinks.RevokeAsync(userId, ProjectId, link.Id));

    private Task CreateLinkAsync() => RunAsync(async () =>
    {
        var created = await Store.ShareLinks.CreateAsync(userId, ProjectId, linkRole, Clock.GetUtcNow().UtcDateTime.AddDays(linkDays));
        if (created.Value is { } link) createdUrl = Navigation.ToAbsoluteUri(link.Path).ToString();
        return created.Problem;
    });

    // One change at a time; the lists are read back from the store afterwards, whatever happened.
    private async Task RunAsync(Func<Task<Diagnostic?>> change, Action? onSuccess = null)
    {
        busy = true;
        try
        {
            var refused = await change();
            if (refused is null) onSuccess?.Invoke();
            await ReloadAsync();
            problem = refused?.Message ?? problem;
        }
        finally
        {
            busy = false;
        }
    }

    private void Close() => MudDialog.Close();
}
