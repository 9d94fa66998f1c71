using Microsoft.EntityFrameworkCore;

namespace DesignStudio.Data.Collaboration;

/// <summary>
/// A whole-design write (a restored version, an import, a whole-design save) in the operation log. The log is the
/// truth and the document is only a snapshot written now and then, so such a write takes the next log sequence with a
/// marker entry and puts the new design in the snapshot at that sequence, in one unit of work. The unique
/// (project, sequence) key then orders it against live operations: a session that has not seen the write cannot log
/// anything after it (its next sequence is taken), catches up, meets the marker and reloads; and loading never replays
/// older operations over it, because they are all at or below the snapshot's sequence.
/// </summary>
public static class DesignReplacement
{
    /// <summary>The marker entry's operation JSON (not an operation: readers stop at it).</summary>
    public const string MarkerJson = "{\"replaced\":\"design\"}";

    /// <summary>The client id of marker entries.</summary>
    public const string ClientId = "store";

    /// <summary>
    /// Moves <paramref name="document"/> (tracked by <paramref name="db"/>, its JSON already replaced) to the next log
    /// sequence and adds the marker entry there; both are saved with the caller's <c>SaveChanges</c>, which fails with a
    /// <see cref="DbUpdateException"/> when a live operation took that sequence first (try again).
    /// </summary>
    public static async Task MarkAsync(ProjectDbContext db, DesignDocument document, string? userId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var logged = await db.Operations.Where(o => o.ProjectId == document.ProjectId).MaxAsync(o => (long?)o.Sequence, cancellationToken) ?? 0;
        document.Sequence = Math.Max(logged, document.Sequence) + 1;
        db.Operations.Add(new DesignOperationRecord
        {
            ProjectId = document.ProjectId, Sequence = document.Sequence, UserId = userId, ClientId = ClientId,
            ClientOperationId = "replace-" + Guid.NewGuid().ToString("N"), Json = MarkerJson, TimestampUtc = nowUtc,
        });
    }
}
