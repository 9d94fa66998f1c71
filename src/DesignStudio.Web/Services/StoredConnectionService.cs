using System.Security.Cryptography;
using DesignStudio.Data;
using DesignStudio.Engines.Execution;
using Microsoft.AspNetCore.DataProtection;

namespace DesignStudio.Web.Services;

/// <summary>
/// Remembers live-database connections only when the user asks: the connection string is encrypted with ASP.NET Core
/// Data Protection before it reaches the store, which keeps beside it only a redacted description. Logs name the
/// connection by id, engine and name, never by its string.
/// </summary>
public sealed class StoredConnectionService(IDataProtectionProvider protection, StoredConnectionStore store, ILogger<StoredConnectionService> logger)
{
    /// <summary>The Data Protection purpose; a new purpose would make stored values unreadable.</summary>
    public const string Purpose = "DesignStudio.StoredConnections.v1";

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    /// <summary>The caller's stored connections (without connection strings).</summary>
    public Task<IReadOnlyList<StoredConnectionSummary>> ListAsync(string userId, CancellationToken cancellationToken = default) =>
        store.ListAsync(userId, cancellationToken);

    /// <summary>Encrypts and stores <paramref name="connectionString"/> under <paramref name="name"/>.</summary>
    public async Task<StoredConnectionSummary> RememberAsync(string userId, string name, string engine, string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var summary = await store.AddAsync(userId, name, engine, ConnectionStringRedactor.Redact(connectionString), protector.Protect(connectionString), cancellationToken);
        logger.LogInformation("Remembered {Engine} connection {ConnectionId} at the user's request", engine, summary.Id);
        return summary;
    }

    /// <summary>
    /// The decrypted connection string and engine of one of the caller's stored connections, or null when it was
    /// forgotten, belongs to someone else or can no longer be decrypted (the Data Protection keys were lost).
    /// </summary>
    public async Task<(string Engine, string ConnectionString)?> RevealAsync(string userId, Guid id, CancellationToken cancellationToken = default)
    {
        if (await store.FindAsync(userId, id, cancellationToken) is not { } row) return null;
        try
        {
            return (row.Engine, protector.Unprotect(row.ProtectedConnectionString));
        }
        catch (CryptographicException)
        {
            logger.LogWarning("Stored connection {ConnectionId} cannot be decrypted with the current keys; it must be entered again", id);
            return null;
        }
    }

    /// <summary>Forgets one of the caller's stored connections; false when it was not there or is not theirs.</summary>
    public Task<bool> ForgetAsync(string userId, Guid id, CancellationToken cancellationToken = default) => store.ForgetAsync(userId, id, cancellationToken);
}
