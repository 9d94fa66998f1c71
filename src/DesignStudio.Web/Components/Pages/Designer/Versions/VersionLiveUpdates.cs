using DesignStudio.Data.Versions;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Versions;

/// <summary>
/// Keeps a page that shows a project's version history live: calls <see cref="OnChanged"/> on the page's renderer when
/// a version of <see cref="ProjectId"/> is committed, restored, tagged or untagged here or, relayed over PostgreSQL, at
/// another instance. The page then reloads from the store, which checks access again. Renders nothing.
/// </summary>
public sealed class VersionLiveUpdates : ComponentBase, IDisposable
{
    [Inject] private VersionEvents Events { get; set; } = default!;

    /// <summary>The project whose history the page shows.</summary>
    [Parameter, EditorRequired] public Guid ProjectId { get; set; }

    /// <summary>Called (on the page's renderer, which re-renders the page after it) with each change.</summary>
    [Parameter] public EventCallback<VersionChange> OnChanged { get; set; }

    /// <inheritdoc />
    protected override void OnInitialized() => Events.Changed += OnVersionChanged;

    private void OnVersionChanged(VersionChange change)
    {
        if (change.ProjectId != ProjectId) return;
        _ = InvokeAsync(() => OnChanged.InvokeAsync(change));
    }

    /// <inheritdoc />
    public void Dispose() => Events.Changed -= OnVersionChanged;
}
