using DesignStudio.Data.Versions;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Versions;

/// <summary>One committed version, read-only: its canvas (no editing) and its DDL.</summary>
public partial class VersionPage
{
    private StoredVersion? version;
    private bool missing;

    [Inject] private VersionStore Store { get; set; } = default!;

    /// <summary>The project.</summary>
    [Parameter] public Guid ProjectId { get; set; }

    /// <summary>The version number.</summary>
    [Parameter] public int Number { get; set; }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        version = await Store.LoadVersionAsync(ProjectId, Number);
        missing = version is null;
    }
}
