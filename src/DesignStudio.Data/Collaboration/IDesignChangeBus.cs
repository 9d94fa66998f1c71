namespace DesignStudio.Data.Collaboration;

/// <summary>
/// Tells the other instances of the studio that a project's log grew (they read the new operations from the log), and
/// carries presence between instances. One instance needs no bus: <see cref="LocalChangeBus"/> drops everything.
/// </summary>
public interface IDesignChangeBus
{
    /// <summary>Announces that <paramref name="sequence"/> was logged for <paramref name="projectId"/>.</summary>
    Task PublishAsync(DesignChangeMessage message, CancellationToken cancellationToken = default);

    /// <summary>Raised (on a background thread) for every message another instance published.</summary>
    event Action<DesignChangeMessage>? Received;
}
