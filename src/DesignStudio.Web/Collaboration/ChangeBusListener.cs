using DesignStudio.Data.Collaboration;

namespace DesignStudio.Web.Collaboration;

/// <summary>Starts the PostgreSQL change bus with the host, so other instances' edits reach this one's pages.</summary>
/// <remarks>Taking the <see cref="AccessChangeRelay"/> creates it at startup, so access changes cross instances from the first one.</remarks>
public sealed class ChangeBusListener(PostgresChangeBus bus, AccessChangeRelay relay, ILogger<ChangeBusListener> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relay);
        await bus.StartAsync(cancellationToken);
        logger.LogInformation("Listening for other instances' edits on {Channel}", PostgresChangeBus.Channel);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
