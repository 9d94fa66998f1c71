namespace DesignStudio.Data.Collaboration;

/// <summary>The bus of a single instance (SQLite store): there is nobody else to tell.</summary>
public sealed class LocalChangeBus : IDesignChangeBus
{
    /// <inheritdoc />
    public Task PublishAsync(DesignChangeMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public event Action<DesignChangeMessage>? Received
    {
        add { }
        remove { }
    }

    /// <inheritdoc />
    public Task PublishPresenceAsync(PresenceMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public event Action<PresenceMessage>? PresenceReceived
    {
        add { }
        remove { }
    }

    /// <inheritdoc />
    public Task PublishAccessChangeAsync(AccessChangeMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public event Action<AccessChangeMessage>? AccessChangeReceived
    {
        add { }
        remove { }
    }
}
