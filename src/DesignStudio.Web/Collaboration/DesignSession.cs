using System.Diagnostics;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Serialization.Operations;
using DesignStudio.Data;
using DesignStudio.Data.Activity;
using DesignStudio.Data.Collaboration;

namespace DesignStudio.Web.Collaboration;

/// <summary>
/// The server's copy of one open design: its model and sequence, recent history (for rebasing and notices), each
/// page's undo and redo stacks, presence and subscribers. Submits run one at a time; events are raised in sequence
/// order while the submit holds the gate. Owned by <see cref="DesignSessionService"/>.
/// </summary>
internal sealed partial class DesignSession(Guid projectId, ProjectSummary project, Design design, long sequence, long snapshotSequence, OperationLog log,
    IDesignChangeBus bus, string instanceId, DesignSessionOptions options, ILogger logger)
{
    private const int HistoryLimit = 2_000;
    private const int UndoLimit = 200;
    private const int MaxAttempts = 25;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<HistoryEntry> history = [];
    private readonly Dictionary<string, ClientState> clients = new(StringComparer.Ordinal);
    private readonly Lock subscriberLock = new();
    private SnapshotScheduler? snapshots;
    // Phases of the submit in progress (submits run one at a time under the gate), for CollaborationMetrics.
    private long applyTicks, appendTicks, notifyTicks, publishTicks;
    private bool snapshotWriting;
    private long catchUpReadTicks;
    private readonly RemotePresence remote = new();

    private sealed record HistoryEntry(long Sequence, DesignOperation Operation, DesignOperation Inverse, string ClientId,
        string ClientOperationId, Collaborator Author, IReadOnlyList<OperationRebase.EditedField> Fields);

    private sealed class ClientState(Collaborator who)
    {
        public Collaborator Who { get; set; } = who;
        public List<(DesignOperation Inverse, long After)> Undo { get; } = [];
        public List<(DesignOperation Inverse, long After)> Redo { get; } = [];
        public Action<DesignSessionEvent>? Listener { get; set; }
        public string? SelectedTableId { get; set; }
    }

    public Guid ProjectId => projectId;
    public ProjectSummary Project => project;
    public Design Design { get; private set; } = design;
    public long Sequence { get; private set; } = sequence;
    public bool Closed { get; set; }

    /// <summary>Writes the design snapshot in the background (see <see cref="SnapshotPolicy"/>).</summary>
    public SnapshotScheduler Snapshots => LazyInitializer.EnsureInitialized(ref snapshots, () => new SnapshotScheduler(projectId, snapshotSequence, log,
        options.Snapshots, options.Clock, options.Work, () => { lock (subscriberLock) return (Design, Sequence); }, logger));

    public bool CanUndo(string clientId) { lock (subscriberLock) return clients.TryGetValue(clientId, out var s) && s.Undo.Count > 0; }

    public bool CanRedo(string clientId) { lock (subscriberLock) return clients.TryGetValue(clientId, out var s) && s.Redo.Count > 0; }

    public enum Kind { Edit, Undo, Redo }

    /// <summary>Pops the client's last undo (or redo) entry and submits it as a new operation.</summary>
    public async Task<SubmitResult> StepAsync(Collaborator who, string clientId, Kind kind, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            (DesignOperation Inverse, long After) entry;
            lock (subscriberLock)
            {
                var stack = kind == Kind.Undo ? Client(clientId, who).Undo : Client(clientId, who).Redo;
                if (stack.Count == 0) return Refuse(CollaborationCodes.NothingToUndo, $"There is nothing of yours to {(kind == Kind.Undo ? "undo" : "redo")}.");
                entry = stack[^1];
                stack.RemoveAt(stack.Count - 1);
            }
            var result = await SubmitLockedAsync(who, clientId, "undo-" + Guid.NewGuid().ToString("N"), entry.After, entry.Inverse, kind, cancellationToken);
            return result is SubmitResult.Refused refused
                ? Refuse(CollaborationCodes.UndoNoLongerApplies, $"Your last change can no longer be {(kind == Kind.Undo ? "undone" : "redone")}: {refused.Message}")
                : result;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<SubmitResult> SubmitAsync(Collaborator who, string clientId, string clientOperationId, long baseSequence, DesignOperation operation, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await gate.WaitAsync(cancellationToken);
        try
        {
            var entered = Stopwatch.GetTimestamp();
            var result = await SubmitLockedAsync(who, clientId, clientOperationId, baseSequence, operation, Kind.Edit, cancellationToken);
            if (result is SubmitResult.Accepted && CollaborationMetrics.Enabled)
            {
                CollaborationMetrics.RecordSubmit(entered - started, applyTicks, appendTicks, notifyTicks, publishTicks,
                    Stopwatch.GetTimestamp() - started, snapshotWriting);
            }
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<SubmitResult> SubmitLockedAsync(Collaborator who, string clientId, string clientOperationId, long baseSequence,
        DesignOperation operation, Kind kind, CancellationToken cancellationToken)
    {
        applyTicks = appendTicks = notifyTicks = publishTicks = 0;
        var mark = Stopwatch.GetTimestamp();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (history.FindLast(h => h.ClientId == clientId && h.ClientOperationId == clientOperationId) is { } done) return new SubmitResult.Accepted(done.Sequence);
            var intervening = history.Where(h => h.Sequence > baseSequence && h.ClientId != clientId).ToList();
            var seen = DesignAt(baseSequence);
            var rebased = seen is null ? operation : OperationRebase.Rebase(operation, seen, Design);
            var result = rebased.Apply(Design);
            if (!result.Succeeded)
            {
                // A resubmission whose first answer was lost (the server restarted, so memory has no trace of it) may
                // not apply twice — AddTable of a table now present. The log knows: acknowledge it once, never refuse it.
                if (await log.FindAsync(projectId, clientId, clientOperationId, cancellationToken) is { } earlier) return new SubmitResult.Accepted(earlier);
                return new SubmitResult.Refused(Explain(result.Diagnostics, intervening));
            }

            var json = OperationJson.Serialize(rebased);
            snapshotWriting = snapshots?.Writing ?? false;
            applyTicks += Lap(ref mark);
            var append = await log.AppendAsync(projectId, Sequence + 1, who.UserId, clientId, clientOperationId, json, cancellationToken);
            appendTicks += Lap(ref mark);
            switch (append)
            {
                case AppendResult.Logged logged:
                    // The fields the author changed, judged against the design they saw (not the merged result).
                    var fields = seen is null ? OperationRebase.FieldsOf(rebased, Design) : OperationRebase.FieldsOf(operation, seen);
                    Commit(new HistoryEntry(logged.Sequence, rebased, result.Inverse, clientId, clientOperationId, who, fields), result.Design);
                    PushUndo(who, clientId, kind, result.Inverse, logged.Sequence);
                    TellOverwritten(who, fields, intervening);
                    Snapshots.Logged();
                    options.Activity?.Record(new LiveEdit(projectId, who.UserId, logged.Sequence, rebased.GetType().Name, logged.TimestampUtc));
                    notifyTicks = Lap(ref mark);
                    await PublishAsync(new LoggedOperation(logged.Sequence, rebased, who.UserId, clientId, clientOperationId, logged.TimestampUtc), cancellationToken);
                    publishTicks = Lap(ref mark);
                    return new SubmitResult.Accepted(logged.Sequence);
                case AppendResult.SequenceTaken:
                    await CatchUpLockedAsync(cancellationToken);
                    break;
                case AppendResult.AlreadyLogged already:
                    await CatchUpLockedAsync(cancellationToken);
                    return new SubmitResult.Accepted(already.Sequence);
                default:
                    return Refuse(CollaborationCodes.ProjectMissing, "The project no longer exists.");
            }
        }
        return Refuse(CollaborationCodes.Busy, "The design is changing too fast to save your edit; please try again.");
    }

    /// <summary>Reloads the design if the stored document moved on outside the session (restore, import).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await ReloadLockedAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private static long Lap(ref long mark)
    {
        var now = Stopwatch.GetTimestamp();
        var lap = now - mark;
        mark = now;
        return lap;
    }

    private void Commit(HistoryEntry entry, Design after)
    {
        lock (subscriberLock)
        {
            Design = after;
            Sequence = entry.Sequence;
            history.Add(entry);
            if (history.Count > HistoryLimit) history.RemoveRange(0, history.Count - HistoryLimit);
        }
        Broadcast(new DesignSessionEvent.OperationApplied(entry.Sequence, entry.Operation, after, entry.Author, entry.ClientId, entry.ClientOperationId));
    }

    /// <summary>The design as of <paramref name="at"/>, rebuilt by undoing later history; null when that is too old.</summary>
    private Design? DesignAt(long at)
    {
        if (at >= Sequence) return Design;
        if (history.Count == 0 || history[0].Sequence > at + 1) return null;
        var design = Design;
        for (var i = history.Count - 1; i >= 0 && history[i].Sequence > at; i--)
        {
            var back = history[i].Inverse.Apply(design);
            if (!back.Succeeded) return null;
            design = back.Design;
        }
        return design;
    }

    private void PushUndo(Collaborator who, string clientId, Kind kind, DesignOperation inverse, long after)
    {
        lock (subscriberLock)
        {
            var state = Client(clientId, who);
            var stack = kind == Kind.Undo ? state.Redo : state.Undo;
            stack.Add((inverse, after));
            if (stack.Count > UndoLimit) stack.RemoveAt(0);
            if (kind == Kind.Edit) state.Redo.Clear();
        }
    }

    // Same field, different authors: the later sequence (this one) won; the earlier authors are told.
    private void TellOverwritten(Collaborator who, IReadOnlyList<OperationRebase.EditedField> fields, List<HistoryEntry> intervening)
    {
        foreach (var earlier in intervening)
        {
            var clash = earlier.Fields.FirstOrDefault(f => fields.Any(m => m.Key == f.Key));
            if (clash.Key is null) continue;
            Send(earlier.ClientId, new DesignSessionEvent.Notice($"{who.Name} changed {clash.Description} after you."));
        }
    }

    private static IReadOnlyList<Diagnostic> Explain(IReadOnlyList<Diagnostic> diagnostics, List<HistoryEntry> intervening)
    {
        if (intervening.Count == 0 || diagnostics.Count == 0) return diagnostics;
        var names = string.Join(", ", intervening.Select(h => h.Author.Name).Distinct());
        var first = diagnostics[0];
        return [new Diagnostic(CollaborationCodes.ChangedMeanwhile, Severity.Error, first.Path,
            $"Your edit was not applied: {names} changed the design meanwhile. {first.Message}"), .. diagnostics];
    }

    private static SubmitResult.Refused Refuse(string code, string message) => new([new Diagnostic(code, Severity.Error, "design", message)]);

    private ClientState Client(string clientId, Collaborator who)
    {
        if (!clients.TryGetValue(clientId, out var state)) clients[clientId] = state = new ClientState(who);
        state.Who = who;
        return state;
    }

    private Collaborator? FindAuthor(string clientId)
    {
        lock (subscriberLock) return clients.TryGetValue(clientId, out var s) ? s.Who : null;
    }
}
