using DesignStudio.Core.Dialects;

namespace DesignStudio.Web.Components.Pages.Designer.Advisor;

/// <summary>
/// Servers the index advisor may prove candidates on (section <c>DesignStudio:Sandbox</c>: <c>PostgreSql</c> and
/// <c>MySql</c> connection strings, <c>MySqlEngine</c> = mysql or mariadb). SQLite needs none: it runs in process.
/// Each verification creates its own scratch database there and drops it.
/// </summary>
public sealed record AdvisorSandbox(string? PostgreSql, string? MySql, string MySqlEngine = DialectNames.MariaDb)
{
    /// <summary>No sandbox server: SQLite only.</summary>
    public static AdvisorSandbox None { get; } = new(null, null);

    /// <summary>Reads the settings.</summary>
    public static AdvisorSandbox From(IConfiguration configuration)
    {
        static string? Value(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
        var engine = Value(configuration["DesignStudio:Sandbox:MySqlEngine"])?.Trim().ToLowerInvariant() ?? DialectNames.MariaDb;
        if (engine is not (DialectNames.MySql or DialectNames.MariaDb))
            throw new InvalidOperationException($"DesignStudio:Sandbox:MySqlEngine is '{engine}'; use 'mariadb' (default) or 'mysql'.");
        return new AdvisorSandbox(Value(configuration["DesignStudio:Sandbox:PostgreSql"]), Value(configuration["DesignStudio:Sandbox:MySql"]), engine);
    }

    /// <summary>The engines a verification can use, SQLite first.</summary>
    public IReadOnlyList<string> Engines =>
    [
        DialectNames.Sqlite,
        .. PostgreSql is null ? Array.Empty<string>() : [DialectNames.PostgreSql],
        .. MySql is null ? Array.Empty<string>() : [MySqlEngine],
    ];
}
