using DesignStudio.Core.Dialects.MariaDb;
using DesignStudio.Core.Dialects.MySql;
using DesignStudio.Core.Dialects.PostgreSql;
using DesignStudio.Core.Dialects.Sqlite;
using DesignStudio.Core.Dialects.SqlServer;

namespace DesignStudio.Core.Dialects;

/// <summary>All supported dialects, looked up by name or alias (case-insensitive).</summary>
public static class DialectRegistry
{
    private static readonly SqlDialect[] Dialects =
        [new PostgreSqlDialect(), new MySqlDialect(), new MariaDbDialect(), new SqliteDialect(), new SqlServerDialect()];

    private static readonly Dictionary<string, SqlDialect> ByName = BuildIndex();

    /// <summary>Every dialect in display order (<see cref="DialectNames.All"/>).</summary>
    public static IReadOnlyList<SqlDialect> All => Dialects;

    /// <summary>The dialect called <paramref name="name"/> (or an alias such as <c>postgresql</c>, <c>pg</c>, <c>mssql</c>, <c>tsql</c>).</summary>
    /// <exception cref="KeyNotFoundException">No dialect has that name; use <see cref="TryGet"/> for user input.</exception>
    public static SqlDialect Get(string name) =>
        TryGet(name) ?? throw new KeyNotFoundException($"Unknown dialect '{name}'. Known: {string.Join(", ", DialectNames.All)}.");

    /// <summary>The dialect called <paramref name="name"/>, or null.</summary>
    public static SqlDialect? TryGet(string name) => ByName.GetValueOrDefault(name.Trim());

    private static Dictionary<string, SqlDialect> BuildIndex()
    {
        var index = new Dictionary<string, SqlDialect>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in Dialects)
        {
            index[d.Name] = d;
            foreach (var alias in d.Aliases) index[alias] = d;
        }
        return index;
    }
}
