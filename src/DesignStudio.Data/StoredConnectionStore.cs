using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data;

/// <summary>
/// Stored live-database connections: list, add, read the encrypted value, forget. It only ever sees the encrypted
/// connection string; encryption and decryption belong to the caller (the web app's Data Protection). Connections
/// belong to the user who stored them: every call is scoped to the caller, and another user's connection is as good
/// as absent (not listed, not found, not forgotten).
/// </summary>
public sealed class StoredConnectionStore(ProjectDatabase database, TimeProvider clock, ILogger<StoredConnectionStore> logger)
{
    /// <summary>Longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The caller's stored connections, by name.</summary>
    public async Task<IReadOnlyList<StoredConnectionSummary>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId)) return [];
        await using var db = database.CreateContext();
        var rows = await db.StoredConnections.AsNoTracking().Where(c => c.OwnerUserId == userId)
            .Select(c => new StoredConnectionSummary(c.Id, c.Name, c.Engine, c.Description, c.CreatedUtc))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(c => c.CreatedUtc).ToList();
    }

    /// <summary>Stores a connection whose string the caller has already encrypted.</summary>
    public async Task<StoredConnectionSummary> AddAsync(string userId, string name, string engine, string description, string protectedConnectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedConnectionString);
        var trimmed = string.IsNullOrWhiteSpace(name) ? engine : name.Trim();
        var row = new StoredConnection
        {
            Id = Guid.NewGuid(),
            OwnerUserId = userId,
            Name = trimmed[..Math.Min(trimmed.Length, MaxNameLength)],
            Engine = engine,
            Description = description,
            ProtectedConnectionString = protectedConnectionString,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var db = database.CreateContext();
        db.StoredConnections.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Stored connection {ConnectionId} ({Engine}) named {ConnectionName}", row.Id, engine, row.Name);
        return new StoredConnectionSummary(row.Id, row.Name, row.Engine, row.Description, row.CreatedUtc);
    }

    /// <summary>The caller's stored connection with its encrypted connection string, or null when it was forgotten or is not theirs.</summary>
    public async Task<StoredConnection?> FindAsync(string userId, Guid id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId)) return null;
        await using var db = database.CreateContext();
        return await db.StoredConnections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.OwnerUserId == userId, cancellationToken);
    }

    /// <summary>Forgets one of the caller's stored connections; false when it was not there or is not theirs.</summary>
    public async Task<bool> ForgetAsync(string userId, Guid id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId)) return false;
        await using var db = database.CreateContext();
        var removed = await db.StoredConnections.Where(c => c.Id == id && c.OwnerUserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0) logger.LogInformation("Forgot stored connection {ConnectionId}", id);
        return removed > 0;
    }
}
