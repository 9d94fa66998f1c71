using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Import;

/// <summary>Entry point of the SQL DDL import: picks the parser for a dialect.</summary>
public static class SqlDdlImporter
{
    /// <summary>The dialect names the importer accepts (MariaDB is read by the MySQL parser).</summary>
    public static IReadOnlyList<string> Dialects { get; } =
        [DialectNames.PostgreSql, DialectNames.MySql, DialectNames.MariaDb, DialectNames.Sqlite, DialectNames.SqlServer];

    /// <summary>The parser for <paramref name="dialect"/>, or null when the dialect is unknown.</summary>
    public static SqlDdlParser? ParserFor(string dialect) => dialect.ToLowerInvariant() switch
    {
        DialectNames.PostgreSql or "postgresql" or "pg" => new PostgreSqlDdlParser(),
        DialectNames.MySql => new MySqlDdlParser(),
        DialectNames.MariaDb => new MySqlDdlParser(DialectNames.MariaDb),
        DialectNames.Sqlite => new SqliteDdlParser(),
        DialectNames.SqlServer or "mssql" or "tsql" => new SqlServerDdlParser(),
        _ => null,
    };

    /// <summary>Imports <paramref name="sql"/> written for <paramref name="dialect"/>.</summary>
    /// <exception cref="ArgumentException">The dialect is not one of <see cref="Dialects"/>.</exception>
    public static ImportResult Import(string sql, string dialect) =>
        (ParserFor(dialect) ?? throw new ArgumentException($"Unknown dialect '{dialect}'.", nameof(dialect))).Parse(sql);
}
