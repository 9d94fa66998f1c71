namespace DesignStudio.Engines.Introspection;

/// <summary>
/// Reads the catalog of a live database into a <see cref="DesignStudio.Core.Model.Design"/>: read-only, a handful of
/// set-based catalog queries, deterministic ids (the same database read twice gives equal designs).
/// Problems the user can cause (unreachable server, wrong password, timeout) come back as diagnostics.
/// </summary>
public interface ICatalogReader
{
    /// <summary>Stable engine name (<see cref="DesignStudio.Core.Dialects.DialectNames"/>).</summary>
    string Engine { get; }

    /// <summary>Reads the database that <paramref name="connectionString"/> points at.</summary>
    Task<CatalogReadResult> ReadAsync(string connectionString, CatalogReadOptions? options = null, CancellationToken cancellationToken = default);
}
