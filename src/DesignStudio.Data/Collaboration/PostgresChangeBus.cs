using Microsoft.Extensions.Logging;
using Npgsql;

namespace DesignStudio.Data.Collaboration;

/// <summary>
/// The change bus between studio instances sharing one PostgreSQL store: <c>NOTIFY</c> on publish, and one dedicated
/// connection per instance that <c>LISTEN</c>s and raises <see cref="Received"/>. The listener reconnects after a
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

    /// <summary>Starts listening; completes once the first LISTEN is in place.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        loop ??= Task.Run(() => ListenAsync(stopping.Token), CancellationToken.None);
        return listening.Task.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task PublishAsync(DesignChangeMessage message, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)");
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("payload", message.ToPayload());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                connection.Notification += (_, e) =>
                {
                    if (DesignChangeMessage.Parse(e.Payload) is { } message) Received?.Invoke(message);
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }
                listening.TrySetResult();
                while (!cancellationToken.IsCancellationRequested) await connection.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning(e, "Change bus connection lost; reconnecting");
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (loop is not null) await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await dataSource.DisposeAsync();
        stopping.Dispose();
    }
}
