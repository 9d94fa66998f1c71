namespace DesignStudio.Data.Collaboration;

/// <summary>
/// Tells the other instances of the studio that a project's log grew (with the new operation when it fits in the
/// message; otherwise, or when they missed a message, they read the new operations from the log),
/// who is on which design and where their pointers are, and that access to a project changed. One instance needs no bus: <see cref="LocalChangeBus"/>
/// drops everything. Receivers see their own messages too and ignore them by instance id.
/// </summary>
public interface IDesignChangeBus
{
    /// <summary>Announces that <paramref name="message"/>'s sequence was logged for its project.</summary>
    Task PublishAsync(DesignChangeMessage message, CancellationToken cancellationToken = default);

    /// <summary>Raised (on a background thread) for every change message.</summary>
    event Action<DesignChangeMessage>? Received;

    /// <summary>Announces who is on a design at this instance.</summary>
    Task PublishPresenceAsync(PresenceMessage message, CancellationToken cancellationToken = default);

    /// <summary>Raised (on a background thread) for every presence message.</summary>
    event Action<PresenceMessage>? PresenceReceived;

    /// <summary>Announces an access change.</summary>
    Task PublishAccessChangeAsync(AccessChangeMessage message, CancellationToken cancellationToken = default);

    /// <summary>Raised (on a background thread) for every access-change message.</summary>
    event Action<AccessChangeMessage>? AccessChangeReceived;

    /// <summary>Announces a page's pointer position (a bus of one instance drops it).</summary>
    Task PublishPointerAsync(PointerMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Raised (on a background thread) for every pointer message (a bus of one instance never raises it).</summary>
    event Action<PointerMessage>? PointerReceived
    {
        add { }
        remove { }
    }
}
