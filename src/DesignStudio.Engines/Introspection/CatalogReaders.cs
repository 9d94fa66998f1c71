using DesignStudio.Core.Dialects;

namespace DesignStudio.Engines.Introspection;

/// <summary>Picks the catalog reader for an engine name.</summary>
public static class CatalogReaders
{
    /// <summary>
    /// The reader for <paramref name="engine"/> (<see cref="DialectNames"/>; <c>mysql</c> and <c>mariadb</c> share
    /// one), or null for an unknown engine name.
    /// </summary>
    public static ICatalogReader? For(string engine) => engine.ToLowerInvariant() switch
    {
        DialectNames.PostgreSql or "postgresql" => new PostgreSqlCatalogReader(),
        DialectNames.MySql or DialectNames.MariaDb => new MySqlCatalogReader(),
        DialectNames.Sqlite => new SqliteCatalogReader(),
        DialectNames.SqlServer => new SqlServerCatalogReader(),
        _ => null,
    };
}
