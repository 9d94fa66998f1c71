using DesignStudio.Core.Model;
using DesignStudio.Data.Reviews;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Reviews;

/// <summary>The discussion of a review: comments render as plain text; a comment may be about one table of the reviewed version.</summary>
public partial class ReviewDiscussion
{
    private const string WholeDesign = "";
    private string? draft;
    private string about = WholeDesign;
    private string? problem;
    private bool busy;

    /// <summary>The comments, oldest first.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<ReviewCommentSummary> Comments { get; set; } = [];

    /// <summary>The reviewed design (its tables are what a comment can be about).</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = default!;

    /// <summary>Whether the signed-in user may comment (the store checks again).</summary>
    [Parameter] public bool CanComment { get; set; }

    /// <summary>Sends a comment; answers why it was refused, or null.</summary>
    [Parameter, EditorRequired] public Func<ReviewCommentDraft, Task<string?>> OnComment { get; set; } = default!;

    private async Task SendAsync()
    {
        if (string.IsNullOrWhiteSpace(draft)) return;
        busy = true;
        try
        {
            var table = about == WholeDesign ? null : Design.FindTable(about);
            problem = await OnComment(new ReviewCommentDraft(draft, table?.Id, table?.Name));
            if (problem is null)
            {
                draft = null;
                about = WholeDesign;
            }
        }
        finally
        {
            busy = false;
        }
    }
}
