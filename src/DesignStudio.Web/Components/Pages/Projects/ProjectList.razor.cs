using System.Globalization;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Projects;

/// <summary>The start page: lists projects; creates (empty, from a template or by import), renames, deletes and opens them.</summary>
public partial class ProjectList
{
    private IReadOnlyList<ProjectSummary>? projects;

    [Inject] private ProjectStore Store { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private Accounts.CurrentUser User { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnInitializedAsync() => projects = await Store.ListProjectsAsync(await User.IdAsync());

    internal static string DesignUrl(ProjectSummary project) => $"/projects/{project.Id}";

    private static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private async Task CreateAsync()
    {
        var answer = await AskNameAsync("New project", "", "Create", showTemplates: true);
        if (answer is null) return;
        var created = await Store.CreateProjectAsync(await User.IdAsync(), answer.Name, StarterDesigns.Create(answer.Template, answer.Name.Trim()), await User.NameAsync());
        if (!created.Succeeded)
        {
            Snackbar.Add(created.Problem.Message, Severity.Error);
            return;
        }
        Navigation.NavigateTo(DesignUrl(created.Value));
    }

    private async Task ImportAsync()
    {
        var parameters = new DialogParameters<ImportDialog> { { d => d.Projects, [.. (projects ?? []).Where(p => p.Role >= ProjectRole.Editor)] } };
        var dialog = await Dialogs.ShowAsync<ImportDialog>("Import a schema", parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        var result = await dialog.Result;
        if (result is not { Canceled: false, Data: ProjectSummary imported }) return;
        Navigation.NavigateTo(DesignUrl(imported));
    }

    private async Task RenameAsync(ProjectSummary project)
    {
        var answer = await AskNameAsync("Rename project", project.Name, "Rename", showTemplates: false);
        if (answer is null) return;
        if (await Store.RenameProjectAsync(await User.IdAsync(), project.Id, answer.Name) is { } problem) Snackbar.Add(problem.Message, Severity.Error);
        projects = await Store.ListProjectsAsync(await User.IdAsync());
    }

    private async Task DeleteAsync(ProjectSummary project)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete project",
            $"Delete the project “{project.Name}” and its design? This cannot be undone.", yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true) return;
        if (await Store.DeleteProjectAsync(await User.IdAsync(), project.Id) is { } problem) Snackbar.Add(problem.Message, Severity.Error);
        else Snackbar.Add($"Deleted “{project.Name}”.", Severity.Info);
        projects = await Store.ListProjectsAsync(await User.IdAsync());
    }

    private async Task<ProjectNameDialog.Answer?> AskNameAsync(string title, string name, string action, bool showTemplates)
    {
        var parameters = new DialogParameters<ProjectNameDialog>
        {
            { d => d.InitialName, name },
            { d => d.ActionText, action },
            { d => d.ShowTemplates, showTemplates },
        };
        var dialog = await Dialogs.ShowAsync<ProjectNameDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: ProjectNameDialog.Answer answer } ? answer : null;
    }
}
