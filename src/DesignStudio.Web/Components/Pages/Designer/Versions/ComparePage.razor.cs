using DesignStudio.Web.Services.Versions;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Versions;

/// <summary>
/// Two versions (or a version and the working design) side by side: the changes as a list and on the canvas
/// (added green, removed red from the old version, changed amber), the migration scripts, and the exports.
/// </summary>
public partial class ComparePage
{
    private ComparedPair? pair;
    private DesignDiffView? view;
    private bool missing;

    [Inject] private MigrationWorkbench Workbench { get; set; } = default!;
    [Inject] private DesignStudio.Web.Accounts.CurrentUser CurrentUser { get; set; } = default!;

    /// <summary>The project.</summary>
    [Parameter] public Guid ProjectId { get; set; }

    /// <summary>The older version's number.</summary>
    [Parameter] public int From { get; set; }

    /// <summary>The newer version's number, or <c>working</c> for the working design.</summary>
    [Parameter] public string To { get; set; } = "working";

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        int? to = To == "working" ? null : int.TryParse(To, out var n) ? n : -1;
        pair = to == -1 ? null : await Workbench.LoadAsync(await CurrentUser.IdAsync(), ProjectId, From, to);
        missing = pair is null;
        view = pair is null ? null : DesignDiffView.Build(pair.From, pair.To);
    }
}
