using Microsoft.Extensions.Logging;
using Npgsql;
using DesignStudio.Data.Collaboration;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;

namespace DesignStudio.Data.Comments;

/// <summary>
/// Carries comment changes between studio instances sharing one PostgreSQL store (like the design change bus, on its own
/// channel): every change raised on this instance's <see cref="CommentEvents"/> is sent with <c>NOTIFY</c>, and every
/// change another instance sent is raised here with <see cref="CommentChange.FromInstance"/> set (so it is not sent
/// back). Review changes (<see cref="ReviewEvents"/>) and version-history changes (<see cref="VersionEvents"/>) travel
/// the same way on the same channel. Pages then reload from the store, which checks access again.
/// </summary>
public sealed class PostgresCommentRelay : IAsyncDisposable
{
    /// <summary>The channel name.</summary>
    public const string Channel = "designstudio_comments";

    private readonly NpgsqlDataSource dataSource;
    private readonly CommentEvents events;
    private readonly ReviewEvents? reviewEvents;
    private readonly VersionEvents? versionEvents;
    private readonly ILogger<PostgresCommentRelay> logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? loop;

    /// <summary>A relay for <paramref name="events"/> over the database at <paramref name="connectionString"/>.</summary>
    public PostgresCommentRelay(string connectionString, CommentEvents events, ILogger<PostgresCommentRelay> logger)
        : this(connectionString, events, null, logger)
    {
    }

    /// <summary>A relay for <paramref name="events"/> and <paramref name="reviewEvents"/> over the database at <paramref name="connectionString"/>.</summary>
    public PostgresCommentRelay(string connectionString, CommentEvents events, ReviewEvents? reviewEvents, ILogger<PostgresCommentRelay> logger)
        : this(connectionString, events, reviewEvents, null, logger)
    {
    }

    /// <summary>
    /// A relay for <paramref name="events"/>, <paramref name="reviewEvents"/> and <paramref name="versionEvents"/> over the
    /// database at <paramref name="connectionString"/>.
    /// </summary>
    public PostgresCommentRelay(string connectionString, CommentEvents events, ReviewEvents? reviewEvents, VersionEvents? versionEvents,
        ILogger<PostgresCommentRelay> logger)
    {
        dataSource = NpgsqlDataSource.Create(connectionString);
        this.events = events;
        this.reviewEvents = reviewEvents;
        this.versionEvents = versionEvents;
        this.logger = logger;
        events.Changed += OnLocalChange;
        if (reviewEvents is not null) reviewEvents.Changed += OnLocalReviewChange;
        if (versionEvents is not null) versionEvents.Changed += OnLocalVersionChange;
    }

    /// <summary>This instance's id (receivers ignore their own messages).</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Starts listening; completes once the first LISTEN is in place.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        loop ??= Task.Run(() => ListenAsync(stopping.Token), CancellationToken.None);
        return listening.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Sends <paramref name="change"/> to the other instances.</summary>
    public Task PublishAsync(CommentChange change, CancellationToken cancellationToken = default) =>
        NotifyAsync(change.ToPayload(InstanceId), cancellationToken);

    /// <summary>Sends <paramref name="change"/> to the other instances.</summary>
    public Task PublishAsync(ReviewChange change, CancellationToken cancellationToken = default) =>
        NotifyAsync(change.ToPayload(InstanceId), cancellationToken);

    private Task NotifyAsync(string payload, CancellationToken cancellationToken) =>
        PostgresListenLoop.NotifyAsync(dataSource, Channel, payload, cancellationToken);

    private void OnLocalChange(CommentChange change)
    {
        if (change.FromInstance is null) Send(change.ToPayload(InstanceId), change.ProjectId);
    }

    private void OnLocalReviewChange(ReviewChange change)
    {
        if (change.FromInstance is null) Send(change.ToPayload(InstanceId), change.ProjectId);
    }

    private void OnLocalVersionChange(VersionChange change)
    {
        if (change.FromInstance is null) Send(change.ToPayload(InstanceId), change.ProjectId);
    }

    private void Send(string payload, Guid projectId) => _ = Task.Run(async () =>
    {
        try { await NotifyAsync(payload, stopping.Token); }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            // Other instances' pages then see the change at their next load.
            logger.LogWarning(e, "Could not relay a comment, review or version change on project {ProjectId}", projectId);
        }
    });

    private Task ListenAsync(CancellationToken cancellationToken) =>
        PostgresListenLoop.RunAsync(dataSource, Channel, payload =>
        {
            if (ReviewChange.Parse(payload) is { } review)
            {
                if (review.FromInstance != InstanceId) reviewEvents?.Raise(review);
            }
            else if (VersionChange.Parse(payload) is { } version)
            {
                if (version.FromInstance != InstanceId) versionEvents?.Raise(version);
            }
            else if (CommentChange.Parse(payload) is { } change && change.FromInstance != InstanceId) events.Raise(change);
        }, listening, logger, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        events.Changed -= OnLocalChange;
        if (reviewEvents is not null) reviewEvents.Changed -= OnLocalReviewChange;
        if (versionEvents is not null) versionEvents.Changed -= OnLocalVersionChange;
        await stopping.CancelAsync();
        if (loop is not null) await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await dataSource.DisposeAsync();
        stopping.Dispose();
    }
}
