using Microsoft.Extensions.Logging;
using Npgsql;

namespace DesignStudio.Data.Collaboration;

/// <summary>
/// The change bus between studio instances sharing one PostgreSQL store: <c>NOTIFY</c> on publish (see
/// <see cref="BusPayload"/>), and one dedicated connection per instance that <c>LISTEN</c>s and raises the events. The listener reconnects after a
/// connection loss; operations missed meanwhile are caught up from the log at the next message or submit.
/// </summary>
public sealed class PostgresChangeBus(string connectionString, ILogger<PostgresChangeBus> logger) : IDesignChangeBus, IAsyncDisposable
{
    /// <summary>The channel name.</summary>
    public const string Channel = "designstudio_changes";

    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? loop;

    /// <inheritdoc />
    public event Action<DesignChangeMessage>? Received;

    /// <inheritdoc />
    public event Action<PresenceMessage>? PresenceReceived;

    /// <inheritdoc />
    public event Action<AccessChangeMessage>? AccessChangeReceived;

    /// <inheritdoc />
    public event Action<PointerMessage>? PointerReceived;

    /// <summary>Starts listening; completes once the first LISTEN is in place.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        loop ??= Task.Run(() => ListenAsync(stopping.Token), CancellationToken.None);
        return listening.Task.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task PublishAsync(DesignChangeMessage message, CancellationToken cancellationToken = default) =>
        NotifyAsync(BusPayload.Encode(message), cancellationToken);

    /// <inheritdoc />
    public Task PublishPresenceAsync(PresenceMessage message, CancellationToken cancellationToken = default) =>
        NotifyAsync(BusPayload.Encode(message), cancellationToken);

    /// <inheritdoc />
    public Task PublishAccessChangeAsync(AccessChangeMessage message, CancellationToken cancellationToken = default) =>
        NotifyAsync(BusPayload.Encode(message), cancellationToken);

    /// <inheritdoc />
    public Task PublishPointerAsync(PointerMessage message, CancellationToken cancellationToken = default) =>
        NotifyAsync(BusPayload.Encode(message), cancellationToken);

    private Task NotifyAsync(string payload, CancellationToken cancellationToken) =>
        PostgresListenLoop.NotifyAsync(dataSource, Channel, payload, cancellationToken);

    private void Dispatch(string payload)
    {
        switch (BusPayload.Decode(payload))
        {
            case DesignChangeMessage change:
                Received?.Invoke(change);
                break;
            case PresenceMessage presence:
                PresenceReceived?.Invoke(presence);
                break;
            case AccessChangeMessage access:
                AccessChangeReceived?.Invoke(access);
                break;
            case PointerMessage pointer:
                PointerReceived?.Invoke(pointer);
                break;
        }
    }

    private Task ListenAsync(CancellationToken cancellationToken) =>
        PostgresListenLoop.RunAsync(dataSource, Channel, Dispatch, listening, logger, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (loop is not null) await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await dataSource.DisposeAsync();
        stopping.Dispose();
    }
}
