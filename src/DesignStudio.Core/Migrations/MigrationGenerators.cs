using DesignStudio.Core.Dialects;
using DesignStudio.Core.Dialects.MariaDb;
using DesignStudio.Core.Dialects.MySql;
using DesignStudio.Core.Dialects.PostgreSql;
using DesignStudio.Core.Dialects.SqlServer;
using DesignStudio.Core.Dialects.Sqlite;

namespace DesignStudio.Core.Migrations;

/// <summary>The migration generator of each dialect.</summary>
public static class MigrationGenerators
{
    private static readonly Dictionary<string, MigrationGenerator> ByName = Build();

    /// <summary>The generator for a dialect name or alias, or null.</summary>
    public static MigrationGenerator? TryGet(string dialect) =>
        DialectRegistry.TryGet(dialect) is { } d ? ByName.GetValueOrDefault(d.Name) : null;

    private static Dictionary<string, MigrationGenerator> Build()
    {
        var map = new Dictionary<string, MigrationGenerator>(StringComparer.Ordinal);
        foreach (var d in DialectRegistry.All)
        {
            MigrationGenerator g = d.Name switch
            {
                DialectNames.PostgreSql => new PostgreSqlMigrationGenerator(d),
                DialectNames.Sqlite => new SqliteMigrationGenerator(d),
                DialectNames.MySql => new MySqlMigrationGenerator(d),
                DialectNames.MariaDb => new MariaDbMigrationGenerator(d),
                DialectNames.SqlServer => new SqlServerMigrationGenerator(d),
                _ => throw new InvalidOperationException($"No migration generator for dialect '{d.Name}'."),
            };
            map[d.Name] = g;
        }
        return map;
    }
}
