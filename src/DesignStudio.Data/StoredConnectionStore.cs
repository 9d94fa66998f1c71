using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data;

/// <summary>
/// Stored live-database connections: list, add, read the encrypted value, forget. It only ever sees the encrypted
/// connection string; encryption and decryption belong to the caller (the web app's Data Protection).
/// </summary>
public sealed class StoredConnectionStore(ProjectDatabase database, TimeProvider clock, ILogger<StoredConnectionStore> logger)
{
    /// <summary>Longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Every stored connection, by name.</summary>
    public async Task<IReadOnlyList<StoredConnectionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.StoredConnections.AsNoTracking()
            .Select(c => new StoredConnectionSummary(c.Id, c.Name, c.Engine, c.Description, c.CreatedUtc))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(c => c.CreatedUtc).ToList();
    }

    /// <summary>Stores a connection whose string the caller has already encrypted.</summary>
    public async Task<StoredConnectionSummary> AddAsync(string name, string engine, string description, string protectedConnectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedConnectionString);
        var trimmed = string.IsNullOrWhiteSpace(name) ? engine : name.Trim();
        var row = new StoredConnection
        {
            Id = Guid.NewGuid(),
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

    /// <summary>The stored connection with its encrypted connection string, or null when it was forgotten.</summary>
    public async Task<StoredConnection?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.StoredConnections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    /// <summary>Forgets a stored connection; false when it was not there.</summary>
    public async Task<bool> ForgetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var removed = await db.StoredConnections.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0) logger.LogInformation("Forgot stored connection {ConnectionId}", id);
        return removed > 0;
    }
}
