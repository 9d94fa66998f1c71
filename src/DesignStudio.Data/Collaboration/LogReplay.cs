using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data.Collaboration;

/// <summary>
/// Reads the operation log: entries after a sequence up to the first whole-design marker (an incremental reader must
/// reload from the snapshot there), and the current design as the snapshot plus the entries logged after it.
/// </summary>
internal static class LogReplay
{
    /// <summary>The entries after <paramref name="afterSequence"/>, in order, and whether a marker stopped the read.</summary>
    public static async Task<(IReadOnlyList<LoggedOperation> Entries, bool Replaced)> ReadSinceAsync(ProjectDbContext db, Guid projectId, long afterSequence,
        CancellationToken cancellationToken)
    {
        var records = await db.Operations.AsNoTracking().Where(o => o.ProjectId == projectId && o.Sequence > afterSequence)
            .OrderBy(o => o.Sequence).ToListAsync(cancellationToken);
        var entries = new List<LoggedOperation>(records.Count);
        foreach (var record in records)
        {
            if (record.Json == DesignReplacement.MarkerJson) return (entries, true);
            entries.Add(ToLogged(record));
        }
        return (entries, false);
    }

    /// <summary>
    /// <paramref name="snapshot"/> (the document at <paramref name="snapshotSequence"/>) with every later log entry
    /// applied, and the sequence reached.
    /// </summary>
    public static async Task<(Design Design, long Sequence)> CurrentAsync(ProjectDbContext db, Guid projectId, Design snapshot, long snapshotSequence,
        ILogger logger, CancellationToken cancellationToken)
    {
        var (entries, replaced) = await ReadSinceAsync(db, projectId, snapshotSequence, cancellationToken);
        if (replaced) logger.LogError("Project {ProjectId} has a whole-design marker after its snapshot {Sequence}", projectId, snapshotSequence);
        var design = snapshot;
        var sequence = snapshotSequence;
        foreach (var entry in entries)
        {
            var result = entry.Operation.Apply(design);
            if (result.Succeeded) design = result.Design;
            else logger.LogError("Logged operation {Sequence} of project {ProjectId} no longer applies to the snapshot", entry.Sequence, projectId);
            sequence = entry.Sequence;
        }
        return (design, sequence);
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
}
