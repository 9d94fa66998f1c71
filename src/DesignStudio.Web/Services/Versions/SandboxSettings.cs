using DesignStudio.Core.Dialects;

namespace DesignStudio.Web.Services.Versions;

/// <summary>
/// Where "Try on sandbox" runs migrations (section <c>DesignStudio:Sandbox</c>): a connection string per engine
/// (PostgreSql, MariaDb, MySql) and whether SQLite scratch files may be used. An engine without one is not offered.
/// </summary>
public sealed record SandboxSettings(IReadOnlyDictionary<string, string> ConnectionStrings)
{
    /// <summary>Reads the section.</summary>
    public static SandboxSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("DesignStudio:Sandbox");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, dialect) in new[] { ("PostgreSql", DialectNames.PostgreSql), ("MariaDb", DialectNames.MariaDb), ("MySql", DialectNames.MySql) })
        {
            if (section[key] is { Length: > 0 } cs) map[dialect] = cs;
        }
        if (!string.Equals(section["Sqlite"], "false", StringComparison.OrdinalIgnoreCase)) map[DialectNames.Sqlite] = "";
        return new SandboxSettings(map);
    }

    /// <summary>The connection string for <paramref name="dialect"/>, or null when the sandbox is not configured for it.</summary>
    public string? For(string dialect) => ConnectionStrings.TryGetValue(dialect, out var cs) ? cs : null;
}
