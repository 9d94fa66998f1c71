using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Operations;
using DesignStudio.Data;
using DesignStudio.Data.Activity;
using DesignStudio.Data.Collaboration;

namespace DesignStudio.Web.Collaboration;

/// <summary>
/// Live co-editing: one in-memory session per open design. A submitted operation is checked against the caller's
/// rights, rebased onto what others did since the caller's sequence, applied to the server's model, written to the
/// operation log (committed before the answer) and then broadcast to every page of the design. With PostgreSQL,
/// several instances share the log: the unique (project, sequence) key orders them and the change bus fans out.
/// </summary>
public sealed class DesignSessionService : IDisposable, IAsyncDisposable
{
    private readonly OperationLog log;
    private readonly IDesignChangeBus bus;
    private readonly IDesignAccess access;
    private readonly ILogger<DesignSessionService> logger;
    private readonly DesignSessionOptions options;
    private readonly ITimer heartbeat;

    /// <summary>How often each instance republishes its presence; a list not refreshed for three periods is dropped.</summary>
    public static readonly TimeSpan PresenceHeartbeat = TimeSpan.FromSeconds(30);
    private readonly Dictionary<Guid, Task<DesignSession?>> sessions = [];
    private readonly Lock sessionsLock = new();

    /// <summary>Creates the service and listens to the change bus.</summary>
    /// <param name="log">The operation log.</param>
    /// <param name="bus">The change bus between instances.</param>
    /// <param name="access">Who may read and edit.</param>
    /// <param name="logger">Logger.</param>
    /// <param name="activity">Where logged operations go for the activity log; none records nothing.</param>
    /// <param name="snapshots">When sessions write the design snapshot (default <see cref="SnapshotPolicy.Default"/>).</param>
    /// <param name="clock">Time (default the system clock).</param>
    public DesignSessionService(OperationLog log, IDesignChangeBus bus, IDesignAccess access, ILogger<DesignSessionService> logger,
        LiveEditActivity? activity = null, SnapshotPolicy? snapshots = null, TimeProvider? clock = null)
    {
        this.log = log;
        this.bus = bus;
        this.access = access;
        this.logger = logger;
        options = new DesignSessionOptions(snapshots ?? SnapshotPolicy.Default, clock ?? TimeProvider.System, activity, new BackgroundWork());
        bus.Received += OnBusMessage;
        bus.PresenceReceived += OnPresenceMessage;
        bus.PointerReceived += OnPointerMessage;
        heartbeat = options.Clock.CreateTimer(_ => _ = HeartbeatAsync(), null, PresenceHeartbeat, PresenceHeartbeat);
    }

    /// <summary>This instance's id on the change bus.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>How many designs have a session here now.</summary>
    public int OpenSessionCount
    {
        get { lock (sessionsLock) return sessions.Count; }
    }

    /// <summary>
    /// Opens the design for a page: returns the current design and sequence and, from then on, calls
    /// <paramref name="listener"/> with every event in order (synchronously: hand work to your own thread quickly).
    /// </summary>
    public async Task<StoreResult<DesignSubscription>> JoinAsync(Guid projectId, Collaborator who, string clientId,
        Action<DesignSessionEvent> listener, CancellationToken cancellationToken = default)
    {
        if (!await access.CanReadAsync(projectId, who.UserId, cancellationToken)) return new(null, NotAllowed("open"));
        while (true)
        {
            var session = await GetAsync(projectId);
            if (session is null) return new(null, Missing());
            lock (sessionsLock)
            {
                if (session.Closed) continue;
                var (design, sequence) = session.Subscribe(clientId, who, listener);
                return new(new DesignSubscription(session.Project, design, sequence, session.Presence, () => Leave(session, clientId)), null);
            }
        }
    }

    /// <summary>Submits an edit made on the design as of <paramref name="baseSequence"/>.</summary>
    public async Task<SubmitResult> SubmitAsync(Guid projectId, Collaborator who, string clientId, string clientOperationId, long baseSequence,
        DesignOperation operation, CancellationToken cancellationToken = default)
    {
        if (!await access.CanEditAsync(projectId, who.UserId, cancellationToken)) return new SubmitResult.Refused([NotAllowed("edit")]);
        var session = await GetAsync(projectId);
        if (session is null) return new SubmitResult.Refused([Missing()]);
        try
        {
            return await session.SubmitAsync(who, clientId, clientOperationId, baseSequence, operation, cancellationToken);
        }
        finally
        {
            CloseIfUnused(session);
        }
    }

    /// <summary>Undoes the caller's own last edit on this page, as a new operation.</summary>
    public Task<SubmitResult> UndoAsync(Guid projectId, Collaborator who, string clientId, CancellationToken cancellationToken = default) =>
        StepAsync(projectId, who, clientId, DesignSession.Kind.Undo, cancellationToken);

    /// <summary>Redoes the caller's last undone edit on this page, as a new operation.</summary>
    public Task<SubmitResult> RedoAsync(Guid projectId, Collaborator who, string clientId, CancellationToken cancellationToken = default) =>
        StepAsync(projectId, who, clientId, DesignSession.Kind.Redo, cancellationToken);

    /// <summary>Whether the page has an edit of its own to undo.</summary>
    public bool CanUndo(Guid projectId, string clientId) => Find(projectId)?.CanUndo(clientId) ?? false;

    /// <summary>Whether the page has an undone edit to redo.</summary>
    public bool CanRedo(Guid projectId, string clientId) => Find(projectId)?.CanRedo(clientId) ?? false;

    /// <summary>Shows the page's selected table to the others.</summary>
    public void Select(Guid projectId, string clientId, string? tableId) => Find(projectId)?.Select(clientId, tableId);

    /// <summary>
    /// Shows the page's pointer (diagram coordinates, null when it left the canvas) to the design's other pages on this
    /// instance: not logged, not persisted. Callers throttle (the canvas sends at most ten a second).
    /// </summary>
    public void Point(Guid projectId, string clientId, DiagramPoint? at) => Find(projectId)?.Point(clientId, at);

    /// <summary>
    /// Makes an open session re-read the stored design if it changed outside the session (a restored version, an
    /// import): its pages get <see cref="DesignSessionEvent.Reloaded"/>.
    /// </summary>
    public async Task RefreshAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        if (Find(projectId) is not { } session) return;
        await session.RefreshAsync(cancellationToken);
        // Other instances' sessions reload too (they find the whole-design marker when they catch up).
        try
        {
            await bus.PublishAsync(new DesignChangeMessage(InstanceId, projectId, session.Sequence), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not announce the reload of project {ProjectId}", projectId);
        }
    }

    /// <summary>The operations after <paramref name="afterSequence"/> (catch-up after a reconnect).</summary>
    public async Task<IReadOnlyList<LoggedOperation>> ReadSinceAsync(Guid projectId, Collaborator who, long afterSequence, CancellationToken cancellationToken = default)
    {
        if (!await access.CanReadAsync(projectId, who.UserId, cancellationToken)) return [];
        return Find(projectId) is { } session
            ? await session.ReadSinceAsync(afterSequence, cancellationToken)
            : await log.ReadSinceAsync(projectId, afterSequence, cancellationToken);
    }

    private async Task<SubmitResult> StepAsync(Guid projectId, Collaborator who, string clientId, DesignSession.Kind kind, CancellationToken cancellationToken)
    {
        if (!await access.CanEditAsync(projectId, who.UserId, cancellationToken)) return new SubmitResult.Refused([NotAllowed("edit")]);
        if (Find(projectId) is not { } session) return new SubmitResult.Refused([new Diagnostic(CollaborationCodes.NothingToUndo, Severity.Error, "design", "There is nothing of yours to undo.")]);
        return await session.StepAsync(who, clientId, kind, cancellationToken);
    }

    private Task<DesignSession?> GetAsync(Guid projectId)
    {
        lock (sessionsLock)
        {
            if (!sessions.TryGetValue(projectId, out var task)) sessions[projectId] = task = LoadAsync(projectId);
            return task;
        }
    }

    private async Task<DesignSession?> LoadAsync(Guid projectId)
    {
        await Task.Yield();
        try
        {
            var loaded = await log.LoadAsync(projectId);
            if (loaded is not null)
            {
                return new DesignSession(projectId, loaded.Project, loaded.Design, loaded.Sequence, loaded.SnapshotSequence, log, bus, InstanceId, options, logger);
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not open the design session of project {ProjectId}", projectId);
        }
        lock (sessionsLock) sessions.Remove(projectId);
        return null;
    }

    private DesignSession? Find(Guid projectId)
    {
        lock (sessionsLock) return sessions.TryGetValue(projectId, out var task) && task.IsCompletedSuccessfully ? task.Result : null;
    }

    private void Leave(DesignSession session, string clientId)
    {
        session.Unsubscribe(clientId);
        CloseIfUnused(session);
    }

    private void CloseIfUnused(DesignSession session)
    {
        lock (sessionsLock)
        {
            if (session.Closed || session.SubscriberCount > 0) return;
            session.Closed = true;
            if (Find(session.ProjectId) == session) sessions.Remove(session.ProjectId);
        }
        // The last page left: bring the snapshot up to date so the next open replays nothing.
        session.Snapshots.Schedule();
        session.Snapshots.Dispose();
    }

    private void OnBusMessage(DesignChangeMessage message)
    {
        if (message.InstanceId == InstanceId || Find(message.ProjectId) is not { } session || message.Sequence <= session.Sequence) return;
        _ = Task.Run(async () =>
        {
            try
            {
                await session.ReceiveAsync(message);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not catch up project {ProjectId} to {Sequence}", message.ProjectId, message.Sequence);
            }
        });
    }

    private void OnPresenceMessage(PresenceMessage message)
    {
        if (message.InstanceId == InstanceId || Find(message.ProjectId) is not { } session) return;
        session.ReceivePresence(message, options.Clock.GetUtcNow());
    }

    private void OnPointerMessage(PointerMessage message)
    {
        if (message.InstanceId != InstanceId && Find(message.ProjectId) is { } session) session.ReceivePointer(message);
    }

    private async Task HeartbeatAsync()
    {
        List<DesignSession> open;
        lock (sessionsLock) open = [.. sessions.Values.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result).OfType<DesignSession>()];
        var cutoff = options.Clock.GetUtcNow() - 3 * PresenceHeartbeat;
        foreach (var session in open)
        {
            try
            {
                await session.HeartbeatAsync(cutoff);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Presence heartbeat of project {ProjectId} failed", session.ProjectId);
            }
        }
    }

    private static Diagnostic NotAllowed(string what) =>
        new(CollaborationCodes.NotAllowed, Severity.Error, "design", $"You may not {what} this design.");

    private static Diagnostic Missing() =>
        new(ProjectStore.MissingProjectCode, Severity.Error, "design", "The project no longer exists.");

    /// <inheritdoc />
    public void Dispose()
    {
        heartbeat.Dispose();
        bus.Received -= OnBusMessage;
        bus.PresenceReceived -= OnPresenceMessage;
        bus.PointerReceived -= OnPointerMessage;
    }

    /// <summary>Stops listening and waits for the snapshot writes under way.</summary>
    public async ValueTask DisposeAsync()
    {
        Dispose();
        await options.Work.WhenIdleAsync();
    }
}
