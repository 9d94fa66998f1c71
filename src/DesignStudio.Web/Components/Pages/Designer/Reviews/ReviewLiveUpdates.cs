using DesignStudio.Data.Reviews;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Reviews;

/// <summary>
/// Keeps a page that shows reviews live: calls <see cref="OnChanged"/> on the page's renderer when a review of
/// <see cref="ProjectId"/> (or only review <see cref="Number"/>) changes here or, relayed over PostgreSQL, at another
/// instance. The page then reloads from the store, which checks access again. Renders nothing.
/// </summary>
public sealed class ReviewLiveUpdates : ComponentBase, IDisposable
{
    [Inject] private ReviewEvents Events { get; set; } = default!;

    /// <summary>The project whose reviews the page shows.</summary>
    [Parameter, EditorRequired] public Guid ProjectId { get; set; }

    /// <summary>The one review the page shows, or null for all of the project's.</summary>
    [Parameter] public int? Number { get; set; }

    /// <summary>Called (on the page's renderer, which re-renders the page after it) with each change.</summary>
    [Parameter] public EventCallback<ReviewChange> OnChanged { get; set; }

    /// <inheritdoc />
    protected override void OnInitialized() => Events.Changed += OnReviewChanged;

    private void OnReviewChanged(ReviewChange change)
    {
        if (change.ProjectId != ProjectId || (Number is { } number && change.Number != number)) return;
        _ = InvokeAsync(() => OnChanged.InvokeAsync(change));
    }

    /// <inheritdoc />
    public void Dispose() => Events.Changed -= OnReviewChanged;
}
