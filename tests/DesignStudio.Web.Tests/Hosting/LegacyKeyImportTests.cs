using DesignStudio.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Web.Tests.Hosting;

/// <summary>A key ring left in &lt;data&gt;/keys by an earlier version moves into the database, so its payloads stay readable.</summary>
public sealed class LegacyKeyImportTests
{
    [Fact]
    public async Task Payload_protected_with_the_old_key_folder_is_readable_after_the_import_into_the_database()
    {
        using var store = new TempSqliteStore();
        var folder = Path.Combine(store.Folder, "keys");
        string payload;
        // The earlier registration: same application name, keys in <data>/keys.
        var old = new ServiceCollection();
        old.AddDataProtection().SetApplicationName(DataProtectionRegistration.ApplicationName).PersistKeysToFileSystem(new DirectoryInfo(folder));
        await using (var oldApp = old.BuildServiceProvider())
        {
            payload = oldApp.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("remembered");
        }

        Assert.Equal(1, await LegacyKeyImport.ImportAsync(store.Database, folder, NullLogger.Instance));
        Assert.Equal(0, await LegacyKeyImport.ImportAsync(store.Database, folder, NullLogger.Instance));

        var services = new ServiceCollection();
        services.AddSingleton(store.Database);
        services.AddStudioDataProtection(new ConfigurationBuilder().Build());
        await using var newApp = services.BuildServiceProvider();
        Assert.Equal("remembered", newApp.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
        await using var db = store.Database.CreateContext();
        Assert.Single(await db.DataProtectionKeys.ToListAsync());
    }

    [Fact]
    public async Task The_studio_imports_before_data_protection_starts()
    {
        await using var server = new StudioServer();

        var names = server.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();
        Assert.Contains(nameof(LegacyKeyImport), names);
        Assert.Contains("DataProtectionHostedService", names);
        Assert.True(names.IndexOf("ProjectStoreMigrator") < names.IndexOf(nameof(LegacyKeyImport)), string.Join(", ", names));
        Assert.True(names.IndexOf(nameof(LegacyKeyImport)) < names.IndexOf("DataProtectionHostedService"), string.Join(", ", names));
    }
}
