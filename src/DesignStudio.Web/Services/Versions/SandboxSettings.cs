using DesignStudio.Core.Dialects;

namespace DesignStudio.Web.Services.Versions;

/// <summary>
/// Where "Try on sandbox" runs migrations (section <c>DesignStudio:Sandbox</c>): a connection string per engine
/// (PostgreSql, MariaDb, MySql, SqlServer) and whether SQLite scratch files may be used. An engine without one is not
/// offered; the panel says what to configure instead.
/// </summary>
public sealed record SandboxSettings(IReadOnlyDictionary<string, string> ConnectionStrings)
{
    private static readonly (string Key, string Dialect)[] Keys =
        [("PostgreSql", DialectNames.PostgreSql), ("MariaDb", DialectNames.MariaDb), ("MySql", DialectNames.MySql), ("SqlServer", DialectNames.SqlServer)];

    /// <summary>Reads the section.</summary>
    public static SandboxSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("DesignStudio:Sandbox");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, dialect) in Keys)
        {
            if (section[key] is { Length: > 0 } cs) map[dialect] = cs;
        }
        if (!string.Equals(section["Sqlite"], "false", StringComparison.OrdinalIgnoreCase)) map[DialectNames.Sqlite] = "";
        return new SandboxSettings(map);
    }

    /// <summary>The connection string for <paramref name="dialect"/>, or null when the sandbox is not configured for it.</summary>
    public string? For(string dialect) => ConnectionStrings.TryGetValue(dialect, out var cs) ? cs : null;

    /// <summary>What the user is told when <paramref name="dialect"/> has no sandbox: which setting would enable it.</summary>
    public static string NotConfiguredText(string dialect)
    {
        if (dialect == DialectNames.Sqlite) return "SQLite try-runs are turned off on this server (DesignStudio:Sandbox:Sqlite is false).";
        var key = Keys.FirstOrDefault(k => k.Dialect == dialect).Key ?? dialect;
        var engine = dialect == DialectNames.SqlServer ? "SQL Server" : key;
        return $"{engine} try-runs need a configured server: an administrator sets DesignStudio:Sandbox:{key} to the connection string of a " +
               "server where a scratch database may be created and dropped. None is configured here, so the scripts cannot be tried.";
    }
}
