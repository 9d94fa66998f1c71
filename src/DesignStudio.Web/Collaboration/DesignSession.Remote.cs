using System.Diagnostics;
using DesignStudio.Data;
using DesignStudio.Data.Collaboration;

namespace DesignStudio.Web.Collaboration;

// Changes made at other instances: messages over the change bus, catching up from the log, reloading.
internal sealed partial class DesignSession
{
    /// <summary>
    /// Takes in another server's change message: the operation it carries when it is the very next one, else (a missed or
    /// overtaken message, an operation too large to carry, a whole-design write) everything after this session's
    /// sequence from the log. Nothing when the session already has that sequence.
    /// </summary>
    public async Task ReceiveAsync(DesignChangeMessage message, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Checked under the gate: an earlier message, a submit's catch-up or a reload may have got there meanwhile.
            if (message.Sequence <= Sequence) return;
            var entered = Stopwatch.GetTimestamp();
            if (message.Operation is { } entry && entry.Sequence == message.Sequence && entry.Sequence == Sequence + 1)
            {
                if (!ApplyLogged(entry)) await ReloadLockedAsync(cancellationToken, force: true);
                CollaborationMetrics.RecordCatchUp(entered - started, read: 0, Stopwatch.GetTimestamp() - entered, fromLog: false);
                return;
            }
            await CatchUpLockedAsync(cancellationToken);
            CollaborationMetrics.RecordCatchUp(entered - started, catchUpReadTicks, Stopwatch.GetTimestamp() - entered - catchUpReadTicks, fromLog: true);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Logged operations after <paramref name="afterSequence"/>: from memory when still held, else from the log.</summary>
    public async Task<IReadOnlyList<LoggedOperation>> ReadSinceAsync(long afterSequence, CancellationToken cancellationToken)
    {
        lock (subscriberLock)
        {
            if (history.Count > 0 && history[0].Sequence <= afterSequence + 1)
            {
                return history.Where(h => h.Sequence > afterSequence)
                    .Select(h => new LoggedOperation(h.Sequence, h.Operation, h.Author.UserId, h.ClientId, h.ClientOperationId, default)).ToList();
            }
        }
        return await log.ReadSinceAsync(projectId, afterSequence, cancellationToken);
    }

    private async Task CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        var reading = Stopwatch.GetTimestamp();
        var changes = await log.ReadChangesSinceAsync(projectId, Sequence, cancellationToken);
        catchUpReadTicks = Stopwatch.GetTimestamp() - reading;
        var entries = changes.Operations;
        // No operation follows ours, yet we were told the design moved on: a whole-design write (a restored version,
        // an import) took the next sequence. Start again from the store so the next edit cannot undo it.
        if (entries.Count == 0 || entries[0].Sequence != Sequence + 1)
        {
            await ReloadLockedAsync(cancellationToken);
            return;
        }
        foreach (var entry in entries)
        {
            if (entry.Sequence != Sequence + 1) break;
            if (!ApplyLogged(entry))
            {
                await ReloadLockedAsync(cancellationToken, force: true);
                return;
            }
        }
        if (changes.DesignReplaced) await ReloadLockedAsync(cancellationToken);
    }

    // Applies another server's logged operation (the next sequence); false when it does not apply, and the caller reloads.
    private bool ApplyLogged(LoggedOperation entry)
    {
        var result = entry.Operation.Apply(Design);
        if (!result.Succeeded)
        {
            // The other server applied it to the same model: this is a bug, not a user error. Stay consistent with the log.
            logger.LogError("Logged operation {Sequence} of project {ProjectId} does not apply here; reloading", entry.Sequence, projectId);
            return false;
        }
        var author = FindAuthor(entry.ClientId) ?? Collaborator.Remote(entry.UserId);
        Commit(new HistoryEntry(entry.Sequence, entry.Operation, result.Inverse, entry.ClientId, entry.ClientOperationId, author,
            OperationRebase.FieldsOf(entry.Operation, Design)), result.Design);
        return true;
    }

    private async Task ReloadLockedAsync(CancellationToken cancellationToken, bool force = false)
    {
        if (await log.LoadAsync(projectId, cancellationToken) is not { } fresh || (!force && fresh.Sequence == Sequence)) return;
        lock (subscriberLock)
        {
            Design = fresh.Design;
            Sequence = fresh.Sequence;
            Snapshots.Reloaded(fresh.SnapshotSequence);
            history.Clear();
            // Inverses were computed against the design that is gone.
            foreach (var client in clients.Values)
            {
                client.Undo.Clear();
                client.Redo.Clear();
            }
        }
        logger.LogInformation("Reloaded the design session of project {ProjectId} at {Sequence}", projectId, fresh.Sequence);
        Broadcast(new DesignSessionEvent.Reloaded(fresh.Sequence, fresh.Design));
    }

    // The operation goes along (when it fits the bus's limit): a receiver one behind applies it without reading the log.
    private async Task PublishAsync(LoggedOperation entry, CancellationToken cancellationToken)
    {
        try
        {
            await bus.PublishAsync(new DesignChangeMessage(instanceId, projectId, entry.Sequence) { Operation = entry }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The operation is logged and acknowledged; other servers catch up at their next submit or message.
            logger.LogWarning(e, "Could not announce operation {Sequence} of project {ProjectId}", entry.Sequence, projectId);
        }
    }
}
