using Microsoft.Extensions.Logging;
using Npgsql;

namespace DesignStudio.Data.Collaboration;

/// <summary>
/// The LISTEN and NOTIFY sides shared by the PostgreSQL change bus and comment relay: one connection listening on a
/// channel, reconnecting after a lost connection, a failing handler logged without taking the connection down.
/// </summary>
public static class PostgresListenLoop
{
    /// <summary>Sends <paramref name="payload"/> to every listener of <paramref name="channel"/>.</summary>
    public static async Task NotifyAsync(NpgsqlDataSource dataSource, string channel, string payload, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)");
        command.Parameters.AddWithValue("channel", channel);
        command.Parameters.AddWithValue("payload", payload);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Listens on <paramref name="channel"/> until cancelled; <paramref name="listening"/> completes once the first LISTEN is in place.</summary>
    public static async Task RunAsync(NpgsqlDataSource dataSource, string channel, Action<string> onPayload,
        TaskCompletionSource listening, ILogger logger, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                connection.Notification += (_, e) =>
                {
                    try
                    {
                        onPayload(e.Payload);
                    }
                    catch (Exception ex)
                    {
                        logger.LogError(ex, "A handler of channel {Channel} failed", channel);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
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
                logger.LogWarning(e, "Connection listening on {Channel} lost; reconnecting", channel);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
