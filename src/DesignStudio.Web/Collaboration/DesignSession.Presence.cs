using DesignStudio.Core.Model;
using DesignStudio.Data;
using DesignStudio.Data.Collaboration;

namespace DesignStudio.Web.Collaboration;

// The design's people: subscribers, presence, live pointers, and delivering events to pages.
internal sealed partial class DesignSession
{
    public int SubscriberCount
    {
        get { lock (subscriberLock) return clients.Values.Count(c => c.Listener is not null); }
    }

    /// <summary>Everyone on the design: this instance's pages, then the other instances' (over the change bus).</summary>
    public IReadOnlyList<PresenceEntry> Presence => [.. LocalPresence, .. remote.Entries];

    private IReadOnlyList<PresenceEntry> LocalPresence
    {
        get
        {
            lock (subscriberLock)
            {
                return clients.Where(c => c.Value.Listener is not null)
                    .Select(c => new PresenceEntry(c.Key, c.Value.Who, c.Value.SelectedTableId)).ToList();
            }
        }
    }

    /// <summary>Takes in another instance's presence message.</summary>
    public void ReceivePresence(PresenceMessage message, DateTimeOffset now)
    {
        if (remote.Receive(message, now)) BroadcastPresence();
        if (message.Ask && SubscriberCount > 0) _ = PublishPresenceAsync(ask: false);
    }

    /// <summary>Republishes this instance's pages (heartbeat) and drops instances not heard from since <paramref name="cutoff"/>.</summary>
    public async Task HeartbeatAsync(DateTimeOffset cutoff)
    {
        if (remote.Expire(cutoff)) BroadcastPresence();
        if (SubscriberCount > 0) await PublishPresenceAsync(ask: false);
    }

    /// <summary>
    /// Shows this page's pointer (diagram coordinates; null: off the canvas) to the design's other pages here and, over
    /// the change bus, at the other instances (the page throttles; nothing is logged or stored).
    /// </summary>
    public void Point(string clientId, DiagramPoint? at)
    {
        Collaborator? who;
        lock (subscriberLock) who = clients.GetValueOrDefault(clientId)?.Who;
        if (who is null) return;
        ShowPointer(new DesignSessionEvent.PointerMoved(clientId, who, at));
        _ = RemotePointers.PublishAsync(bus, new PointerMessage(instanceId, projectId, clientId, who.UserId, who.Name, who.Colour, at?.X, at?.Y), logger);
    }

    /// <summary>Shows a pointer of a page at another instance to this instance's pages of the design.</summary>
    public void ReceivePointer(PointerMessage message) => ShowPointer(RemotePointers.Event(message));

    private void ShowPointer(DesignSessionEvent.PointerMoved e)
    {
        List<Action<DesignSessionEvent>> listeners;
        lock (subscriberLock) listeners = [.. clients.Where(c => c.Key != e.ClientId).Select(c => c.Value.Listener).OfType<Action<DesignSessionEvent>>()];
        foreach (var listener in listeners) Deliver(listener, e);
    }

    public (Design Design, long Sequence) Subscribe(string clientId, Collaborator who, Action<DesignSessionEvent> listener)
    {
        (Design, long) start;
        lock (subscriberLock)
        {
            var state = Client(clientId, who);
            state.Listener = listener;
            // Read with the listener in place, under the lock Commit holds: each operation is either in the start
            // design or delivered as an event, never both or neither.
            start = (Design, Sequence);
        }
        BroadcastPresence();
        // Ask the other instances for their people too (a design just opened here knows none of them).
        _ = PublishPresenceAsync(ask: true);
        return start;
    }

    public void Unsubscribe(string clientId)
    {
        lock (subscriberLock)
        {
            if (clients.TryGetValue(clientId, out var state)) state.Listener = null;
        }
        BroadcastPresence();
        _ = PublishPresenceAsync(ask: false);
    }

    public void Select(string clientId, string? tableId)
    {
        lock (subscriberLock)
        {
            if (!clients.TryGetValue(clientId, out var state) || state.SelectedTableId == tableId) return;
            state.SelectedTableId = tableId;
        }
        BroadcastPresence();
        _ = PublishPresenceAsync(ask: false);
    }

    private async Task PublishPresenceAsync(bool ask)
    {
        try
        {
            await bus.PublishPresenceAsync(RemotePresence.Message(instanceId, projectId, LocalPresence, ask));
        }
        catch (Exception e)
        {
            // Presence is repaired by the next change or heartbeat.
            logger.LogWarning(e, "Could not announce presence on project {ProjectId}", projectId);
        }
    }

    private void BroadcastPresence() => Broadcast(new DesignSessionEvent.PresenceChanged(Presence));

    private void Broadcast(DesignSessionEvent e)
    {
        List<Action<DesignSessionEvent>> listeners;
        lock (subscriberLock) listeners = clients.Values.Select(c => c.Listener).OfType<Action<DesignSessionEvent>>().ToList();
        foreach (var listener in listeners) Deliver(listener, e);
    }

    private void Send(string clientId, DesignSessionEvent e)
    {
        Action<DesignSessionEvent>? listener;
        lock (subscriberLock) listener = clients.GetValueOrDefault(clientId)?.Listener;
        if (listener is not null) Deliver(listener, e);
    }

    private void Deliver(Action<DesignSessionEvent> listener, DesignSessionEvent e)
    {
        try
        {
            listener(e);
        }
        catch (Exception ex)
        {
            // One broken page must not stop the others from hearing about the edit.
            logger.LogError(ex, "A subscriber of project {ProjectId} failed on {Event}", projectId, e.GetType().Name);
        }
    }
}
