using DesignStudio.Web.Components.Pages.Projects;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace DesignStudio.Web.Components.Pages.Compare;

/// <summary>One schema of a comparison: pasted into a text box, or uploaded (the file's text then fills the box).</summary>
public partial class SchemaSourceInput
{
    private readonly string inputId = "schema-file-" + Guid.NewGuid().ToString("N")[..8];
    private string? fileMessage;

    /// <summary>Which schema this is ("Old schema", "New schema"): the heading and the controls' names.</summary>
    [Parameter, EditorRequired] public string Label { get; set; } = "";

    /// <summary>The SQL text.</summary>
    [Parameter] public string Text { get; set; } = "";

    /// <summary>Raised with the new text (typed, pasted or read from a file).</summary>
    [Parameter] public EventCallback<string> TextChanged { get; set; }

    private async Task FileChosenAsync(InputFileChangeEventArgs e)
    {
        if (e.File.Size > DesignImportService.MaxFileBytes)
        {
            fileMessage = $"{e.File.Name} is {ImportDialog.FormatSize(e.File.Size)}; files up to {ImportDialog.FormatSize(DesignImportService.MaxFileBytes)} can be compared.";
            return;
        }
        try
        {
            await using var stream = e.File.OpenReadStream(DesignImportService.MaxFileBytes);
            using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            var text = await reader.ReadToEndAsync();
            fileMessage = $"Read {e.File.Name} ({ImportDialog.FormatSize(e.File.Size)}).";
            await TextChanged.InvokeAsync(text);
        }
        catch (IOException error)
        {
            fileMessage = $"{e.File.Name} could not be read: {error.Message}";
        }
    }
}
