using DesignStudio.Data;
using Microsoft.Extensions.Configuration;

namespace DesignStudio.Web.Tests;

public class StudioSettingsTests
{
    private static StudioSettings Read(params (string Key, string Value)[] values) =>
        StudioSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build());

    [Fact]
    public void Defaults_to_sqlite_in_a_data_folder_under_the_working_directory()
    {
        var settings = Read();
        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "data"), settings.DataDirectory);
        Assert.Equal($"Data Source={Path.Combine(Environment.CurrentDirectory, "data", "designstudio.db")}", settings.ConnectionString);
    }

    [Fact]
    public void Postgres_uses_the_designstudio_connection_string()
    {
        var settings = Read(("DesignStudio:Database:Provider", "postgres"), ("ConnectionStrings:DesignStudio", "Host=db;Database=studio"));
        Assert.Equal((DatabaseProvider.Postgres, "Host=db;Database=studio"), (settings.Provider, settings.ConnectionString));
    }

    [Fact]
    public void Misconfiguration_stops_start_up_naming_the_setting()
    {
        Assert.Contains("ConnectionStrings:DesignStudio", Assert.Throws<InvalidOperationException>(() => Read(("DesignStudio:Database:Provider", "postgres"))).Message);
        Assert.Contains("DesignStudio:Database:Provider", Assert.Throws<InvalidOperationException>(() => Read(("DesignStudio:Database:Provider", "oracle"))).Message);
    }
}
