using DesignStudio.Data.Versions;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Versions;

/// <summary>One committed version, read-only: its canvas (no editing) and its DDL.</summary>
public partial class VersionPage
{
    private StoredVersion? version;
    private bool missing;

    [Inject] private VersionStore Store { get; set; } = default!;
    [Inject] private Accounts.CurrentUser CurrentUser { get; set; } = default!;

    /// <summary>The project.</summary>
    [Parameter] public Guid ProjectId { get; set; }

    /// <summary>The version number.</summary>
    [Parameter] public int Number { get; set; }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        // A version the caller may not read looks like one that does not exist (as the compare view and zip download do).
        version = (await Store.LoadVersionAsync(await CurrentUser.IdAsync(), ProjectId, Number)).Value;
        missing = version is null;
    }
}
