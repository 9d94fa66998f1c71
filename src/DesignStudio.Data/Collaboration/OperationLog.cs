using DesignStudio.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data.Collaboration;

/// <summary>
/// The per-project operation log and its design snapshot. The log is the truth: an append is one small INSERT,
/// committed before it returns (so an acknowledged operation survives a crash). The design document is a snapshot
/// that the live session writes now and then (<see cref="WriteSnapshotAsync"/>: every N operations, when idle and when
/// the last page leaves), off the acknowledgement path; loading is the snapshot plus the entries logged after it.
/// Whole-design writes (restore, import) take a log sequence too (<see cref="DesignReplacement"/>).
/// </summary>
public sealed class OperationLog(ProjectDatabase database, TimeProvider clock, ILogger<OperationLog> logger)
{
    /// <summary>The design as of the latest logged operation, or null when the project does not exist.</summary>
    public async Task<LoggedDesign?> LoadAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var project = await db.Projects.AsNoTracking().Include(p => p.Document).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project?.Document is not { } document) return null;
        var (design, sequence) = await LogReplay.CurrentAsync(db, projectId, DesignSerializer.Deserialize(document.Json), document.Sequence, logger, cancellationToken);
        return new LoggedDesign(new ProjectSummary(project.Id, project.Name, project.CreatedUtc, project.UpdatedUtc), design, sequence, document.Sequence);
    }

    /// <summary>The logged operations after <paramref name="afterSequence"/>, in order (up to a whole-design write, if any).</summary>
    public async Task<IReadOnlyList<LoggedOperation>> ReadSinceAsync(Guid projectId, long afterSequence, CancellationToken cancellationToken = default) =>
        (await ReadChangesSinceAsync(projectId, afterSequence, cancellationToken)).Operations;

    /// <summary>The logged operations after <paramref name="afterSequence"/>, and whether a whole-design write follows them.</summary>
    public async Task<LoggedChanges> ReadChangesSinceAsync(Guid projectId, long afterSequence, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var (entries, replaced) = await LogReplay.ReadSinceAsync(db, projectId, afterSequence, cancellationToken);
        return new LoggedChanges(entries, replaced);
    }

    /// <summary>The latest logged sequence of the project (0 when nothing is logged).</summary>
    public async Task<long> LatestSequenceAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Operations.Where(o => o.ProjectId == projectId).MaxAsync(o => (long?)o.Sequence, cancellationToken) ?? 0;
    }

    /// <summary>
    /// Logs <paramref name="operationJson"/> as <paramref name="sequence"/>, committed before this returns. Refuses with
    /// <see cref="AppendResult.SequenceTaken"/> when the sequence is already used (another server, or a whole-design
    /// write, was first).
    /// </summary>
    public async Task<AppendResult> AppendAsync(Guid projectId, long sequence, string? userId, string clientId, string clientOperationId,
        string operationJson, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        var now = Now();
        await using var db = database.CreateContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Operations.Add(new DesignOperationRecord
        {
            ProjectId = projectId, Sequence = sequence, UserId = userId, ClientId = clientId,
            ClientOperationId = clientOperationId, Json = operationJson, TimestampUtc = now,
        });
        try
        {
            // One INSERT: EF sends a single statement without an explicit transaction. On SQLite it waits for the
            // write turn in process (ahead of background writers) instead of meeting SQLITE_BUSY.
            using (await database.WriteGate.EnterAsync(StoreWriter.Append, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException)
        {
            return await WhyRefusedAsync(projectId, clientId, clientOperationId, cancellationToken);
        }
        logger.LogDebug("Logged operation {Sequence} of project {ProjectId}", sequence, projectId);
        return new AppendResult.Logged(sequence, now);
    }

    /// <summary>
    /// Stores <paramref name="design"/> (the replay of the log up to <paramref name="sequence"/>) as the project's
    /// snapshot, unless the stored one is already at or past that sequence (a later snapshot or a whole-design write).
    /// Returns whether it was written. Only an optimisation: loading replays whatever the snapshot lacks.
    /// </summary>
    public async Task<bool> WriteSnapshotAsync(Guid projectId, long sequence, Design design, CancellationToken cancellationToken = default)
    {
        var json = DesignSerializer.Serialize(design);
        var now = Now();
        await using var db = await database.CreateBackgroundContextAsync(cancellationToken);
        // Serialized above, outside any transaction: each statement below is one short commit, and each waits for
        // the write turn behind log appends, so an append waits at most for one of them.
        int updated;
        using (await database.WriteGate.EnterAsync(StoreWriter.Snapshot, cancellationToken))
        {
            updated = await db.Documents.Where(d => d.ProjectId == projectId && d.Sequence < sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Json, json).SetProperty(d => d.Sequence, sequence).SetProperty(d => d.UpdatedUtc, now), cancellationToken);
        }
        if (updated == 0) return false;
        using (await database.WriteGate.EnterAsync(StoreWriter.Snapshot, cancellationToken))
        {
            await db.Projects.Where(p => p.Id == projectId).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedUtc, now), cancellationToken);
        }
        // The snapshot is most of what the WAL holds: checkpoint it here, in the background, rather than in an append.
        await database.CheckpointAsync(cancellationToken);
        logger.LogDebug("Wrote the snapshot of project {ProjectId} at {Sequence}", projectId, sequence);
        return true;
    }

    /// <summary>The sequence under which a client operation was logged, if it was.</summary>
    public async Task<long?> FindAsync(Guid projectId, string clientId, string clientOperationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Operations.Where(o => o.ProjectId == projectId && o.ClientId == clientId && o.ClientOperationId == clientOperationId)
            .Select(o => (long?)o.Sequence).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<AppendResult> WhyRefusedAsync(Guid projectId, string clientId, string clientOperationId, CancellationToken cancellationToken)
    {
        if (await FindAsync(projectId, clientId, clientOperationId, cancellationToken) is { } logged) return new AppendResult.AlreadyLogged(logged);
        await using var db = database.CreateContext();
        return await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken) ? new AppendResult.SequenceTaken() : new AppendResult.ProjectMissing();
    }

    // Whole microseconds, as the project store does, so PostgreSQL reads back exactly what was written.
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % 10));
    }
}
