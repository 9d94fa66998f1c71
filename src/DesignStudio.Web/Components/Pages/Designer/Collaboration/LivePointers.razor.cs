using System.Globalization;
using Blazor.Diagrams;
using Blazor.Diagrams.Core.Events;
using Blazor.Diagrams.Core.Models.Base;
using DesignStudio.Web.Collaboration;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Collaboration;

/// <summary>
/// Live pointers: sends this page's pointer position over the canvas (diagram coordinates, at most ten a second, the
/// last position always sent) to the design's session, and draws the other pages' pointers that the page hands over
/// through <see cref="Show"/>. Not logged, not persisted; a pointer goes away when its page leaves the design.
/// Sits inside the canvas, which cascades its diagram.
/// </summary>
public partial class LivePointers : IDisposable
{
    /// <summary>Least time between two sent positions (ten a second).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Dictionary<string, DesignSessionEvent.PointerMoved> pointers = new(StringComparer.Ordinal);
    private BlazorDiagram? subscribed;
    private DiagramPoint? latest;
    private DateTimeOffset lastSent = DateTimeOffset.MinValue;
    private bool sendScheduled;
    private ITimer? trailing;

    [Inject] private DesignSessionService Sessions { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    /// <summary>The canvas's diagram.</summary>
    [CascadingParameter] public BlazorDiagram? Diagram { get; set; }

    /// <summary>The design's project.</summary>
    [Parameter] public Guid ProjectId { get; set; }

    /// <summary>This page's client id in the session.</summary>
    [Parameter] public string ClientId { get; set; } = "";

    /// <summary>Who is on the design: pointers of pages no longer present are dropped.</summary>
    [Parameter] public IReadOnlyList<PresenceEntry> Presence { get; set; } = [];

    /// <summary>Whether this page sends its pointer (not while it may not edit, e.g. a viewer still shows others').</summary>
    [Parameter] public bool Send { get; set; } = true;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(subscribed, Diagram))
        {
            Unsubscribe();
            subscribed = Diagram;
            if (subscribed is not null)
            {
                subscribed.PointerMove += OnPointerMove;
                subscribed.PanChanged += OnViewChanged;
                subscribed.ZoomChanged += OnViewChanged;
            }
        }
        foreach (var gone in pointers.Keys.Where(id => Presence.All(p => p.ClientId != id)).ToList()) pointers.Remove(gone);
    }

    /// <summary>Another page's pointer moved (called from the session's thread).</summary>
    public void Show(DesignSessionEvent.PointerMoved moved) => _ = InvokeAsync(() =>
    {
        if (moved.At is null) pointers.Remove(moved.ClientId);
        else pointers[moved.ClientId] = moved;
        StateHasChanged();
    });

    private void OnPointerMove(Model? model, PointerEventArgs e)
    {
        // Until the browser has reported the canvas's size the library cannot place the pointer (and throws, which
        // ended the circuit when the pointer moved over the canvas while the page was still loading).
        if (!Send || subscribed?.Container is null) return;
        var point = subscribed.GetRelativeMousePoint(e.ClientX, e.ClientY);
        latest = new DiagramPoint(Math.Round(point.X, 1), Math.Round(point.Y, 1));
        var now = Clock.GetUtcNow();
        if (now - lastSent >= Interval)
        {
            SendLatest(now);
        }
        else if (!sendScheduled)
        {
            // Throttled: the last position of a burst still goes out, one interval after the previous one.
            sendScheduled = true;
            trailing ??= Clock.CreateTimer(_ => InvokeAsync(() => SendLatest(Clock.GetUtcNow())), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            trailing.Change(Interval - (now - lastSent), Timeout.InfiniteTimeSpan);
        }
    }

    private void SendLatest(DateTimeOffset now)
    {
        sendScheduled = false;
        lastSent = now;
        Sessions.Point(ProjectId, ClientId, latest);
    }

    private void OnViewChanged()
    {
        if (pointers.Count > 0) _ = InvokeAsync(StateHasChanged);
    }

    private (double X, double Y) ToScreen(DiagramPoint? at)
    {
        if (at is not { } p || subscribed is null) return (0, 0);
        return (p.X * subscribed.Zoom + subscribed.Pan.X, p.Y * subscribed.Zoom + subscribed.Pan.Y);
    }

    private static string Css(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private void Unsubscribe()
    {
        if (subscribed is null) return;
        subscribed.PointerMove -= OnPointerMove;
        subscribed.PanChanged -= OnViewChanged;
        subscribed.ZoomChanged -= OnViewChanged;
        subscribed = null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Unsubscribe();
        trailing?.Dispose();
        GC.SuppressFinalize(this);
    }
}
