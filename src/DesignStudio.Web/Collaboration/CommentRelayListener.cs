using DesignStudio.Data.Comments;

namespace DesignStudio.Web.Collaboration;

/// <summary>Starts the PostgreSQL comment relay with the host, so comments, reviews and versions made on other instances reach this one's pages.</summary>
public sealed class CommentRelayListener(PostgresCommentRelay relay, ILogger<CommentRelayListener> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await relay.StartAsync(cancellationToken);
        logger.LogInformation("Relaying comment, review and version changes between instances on {Channel}", PostgresCommentRelay.Channel);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
