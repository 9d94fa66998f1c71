using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Projects;

/// <summary>Asks for a project name and, when creating, the starter template.</summary>
public partial class ProjectNameDialog
{
    private MudForm? form;
    private bool valid;
    private string name = "";
    private string template = StarterDesigns.Empty;

    /// <summary>What the user chose.</summary>
    public sealed record Answer(string Name, string Template);

    [CascadingParameter] private IMudDialogInstance MudDialog { get; set; } = default!;

    /// <summary>The name the field starts with.</summary>
    [Parameter] public string InitialName { get; set; } = "";

    /// <summary>Text of the confirming button.</summary>
    [Parameter] public string ActionText { get; set; } = "OK";

    /// <summary>Whether to offer the starter templates.</summary>
    [Parameter] public bool ShowTemplates { get; set; }

    /// <inheritdoc />
    protected override void OnInitialized() => name = InitialName;

    private void Cancel() => MudDialog.Cancel();

    private async Task SubmitAsync()
    {
        if (form is not null) await form.ValidateAsync();
        if (string.IsNullOrWhiteSpace(name)) return;
        MudDialog.Close(DialogResult.Ok(new Answer(name.Trim(), template)));
    }

    private async Task OnKeyUpAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") await SubmitAsync();
    }
}
