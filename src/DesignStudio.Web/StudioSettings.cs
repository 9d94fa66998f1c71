using DesignStudio.Data;

namespace DesignStudio.Web;

/// <summary>
/// The studio's configuration (section <c>DesignStudio</c>; environment variables such as
/// <c>DesignStudio__Database__Provider=postgres</c> and <c>ConnectionStrings__DesignStudio=...</c> override it).
/// </summary>
public sealed record StudioSettings(DatabaseProvider Provider, string DataDirectory, string ConnectionString)
{
    /// <summary>
    /// The data folder (SQLite file, logs) when none is configured: <c>data</c> under the working directory — with
    /// <c>dotnet run --project src/DesignStudio.Web</c> that is <c>src/DesignStudio.Web/data</c>, in the container <c>/app/data</c>.
    /// </summary>
    public const string DefaultDataDirectory = "data";

    /// <summary>Reads and checks the settings; a bad value stops start-up with a message saying which setting.</summary>
    public static StudioSettings From(IConfiguration configuration)
    {
        var configured = configuration["DesignStudio:DataDirectory"];
        var dataDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? DefaultDataDirectory : configured, Environment.CurrentDirectory);
        var provider = (configuration["DesignStudio:Database:Provider"] ?? "sqlite").Trim().ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            var other => throw new InvalidOperationException(
                $"DesignStudio:Database:Provider is '{other}'; use 'sqlite' (default) or 'postgres'."),
        };
        var connectionString = provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(dataDirectory, "designstudio.db")}"
            : configuration.GetConnectionString("DesignStudio") is { Length: > 0 } cs ? cs
            : throw new InvalidOperationException("DesignStudio:Database:Provider is 'postgres' but ConnectionStrings:DesignStudio is not set.");
        return new StudioSettings(provider, dataDirectory, connectionString);
    }
}
