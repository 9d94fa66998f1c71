using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data.Collaboration;

/// <summary>
/// The per-project operation log and its design snapshot. Snapshot policy: every append also writes the design
/// snapshot, in the same transaction, and only if the snapshot is still at the previous sequence — so the stored
/// document always equals the replay of the log, <see cref="ProjectStore.LoadDesignAsync"/> stays correct, and a crash
/// can never leave a logged operation outside the snapshot. Loading still replays any log entries newer than the
/// snapshot (none in normal operation), so a snapshot written less often would need no change here.
/// </summary>
public sealed class OperationLog(ProjectDatabase database, TimeProvider clock, ILogger<OperationLog> logger)
{
    /// <summary>The design as of the latest logged operation, or null when the project does not exist.</summary>
    public async Task<LoggedDesign?> LoadAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var project = await db.Projects.AsNoTracking().Include(p => p.Document).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project?.Document is not { } document) return null;
        var design = DesignSerializer.Deserialize(document.Json);
        var sequence = document.Sequence;
        foreach (var entry in await ReadSinceAsync(db, projectId, document.Sequence, cancellationToken))
        {
            var result = entry.Operation.Apply(design);
            if (result.Succeeded) design = result.Design;
            else logger.LogError("Logged operation {Sequence} of project {ProjectId} no longer applies to the snapshot", entry.Sequence, projectId);
            sequence = entry.Sequence;
        }
        return new LoggedDesign(new ProjectSummary(project.Id, project.Name, project.CreatedUtc, project.UpdatedUtc), design, sequence, document.Sequence);
    }

    /// <summary>The logged operations after <paramref name="afterSequence"/>, in order.</summary>
    public async Task<IReadOnlyList<LoggedOperation>> ReadSinceAsync(Guid projectId, long afterSequence, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await ReadSinceAsync(db, projectId, afterSequence, cancellationToken);
    }

    /// <summary>The latest logged sequence of the project (0 when nothing is logged).</summary>
    public async Task<long> LatestSequenceAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Operations.Where(o => o.ProjectId == projectId).MaxAsync(o => (long?)o.Sequence, cancellationToken) ?? 0;
    }

    /// <summary>
    /// Logs <paramref name="operationJson"/> as <paramref name="sequence"/> and stores <paramref name="designAfter"/>
    /// (the design with it applied) as the snapshot, in one transaction committed before this returns. Refuses with
    /// <see cref="AppendResult.SequenceTaken"/> when the sequence is already used (another server was first).
    /// </summary>
    public async Task<AppendResult> AppendAsync(Guid projectId, long sequence, string? userId, string clientId, string clientOperationId,
        string operationJson, Design designAfter, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        var now = Now();
        var snapshot = DesignSerializer.Serialize(designAfter);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Operations.Add(new DesignOperationRecord
        {
            ProjectId = projectId, Sequence = sequence, UserId = userId, ClientId = clientId,
            ClientOperationId = clientOperationId, Json = operationJson, TimestampUtc = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await WhyRefusedAsync(projectId, clientId, clientOperationId, cancellationToken);
        }
        var updated = await db.Documents.Where(d => d.ProjectId == projectId && d.Sequence == sequence - 1)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Json, snapshot).SetProperty(d => d.Sequence, sequence)
                .SetProperty(d => d.Version, d => d.Version + 1).SetProperty(d => d.UpdatedUtc, now).SetProperty(d => d.UpdatedBy, userId), cancellationToken);
        if (updated == 0)
        {
            // The snapshot moved on without a log entry at this sequence (a whole-design save): treat as taken.
            await transaction.RollbackAsync(cancellationToken);
            return await WhyRefusedAsync(projectId, clientId, clientOperationId, cancellationToken);
        }
        await db.Projects.Where(p => p.Id == projectId).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedUtc, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogDebug("Logged operation {Sequence} of project {ProjectId}", sequence, projectId);
        return new AppendResult.Logged(sequence, now);
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

    private static async Task<IReadOnlyList<LoggedOperation>> ReadSinceAsync(ProjectDbContext db, Guid projectId, long afterSequence, CancellationToken cancellationToken)
    {
        var records = await db.Operations.AsNoTracking().Where(o => o.ProjectId == projectId && o.Sequence > afterSequence)
            .OrderBy(o => o.Sequence).ToListAsync(cancellationToken);
        return records.Select(ToLogged).ToList();
    }

    private static LoggedOperation ToLogged(DesignOperationRecord record)
    {
        var read = OperationJson.Read(record.Json);
        if (!read.Succeeded)
        {
            // The server only logs operations it serialized itself: unreadable JSON is a broken store or a missing converter.
            throw new InvalidDataException($"Logged operation {record.Sequence} of project {record.ProjectId} cannot be read: "
                + string.Join("; ", read.Diagnostics.Select(d => d.Message)));
        }
        return new LoggedOperation(record.Sequence, read.Operation, record.UserId, record.ClientId, record.ClientOperationId, record.TimestampUtc);
    }

    // Whole microseconds, as the project store does, so PostgreSQL reads back exactly what was written.
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % 10));
    }
}
