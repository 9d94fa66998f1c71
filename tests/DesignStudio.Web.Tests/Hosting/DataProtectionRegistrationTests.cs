using DesignStudio.Core.Dialects;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.TestSupport;
using DesignStudio.Web.Hosting;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DesignStudio.Web.Tests.Hosting;

/// <summary>
/// Two app instances (two service providers built with the studio's own registration) over one project database share
/// the Data Protection key ring: what one encrypts, the other decrypts — on a SQLite file and on a real PostgreSQL.
/// </summary>
public sealed class DataProtectionRegistrationTests
{
    private const string Secret = "Host=db.internal;Database=shop;Username=alice;Password=s3cret-Value-42";

    [Fact]
    public async Task Connection_stored_by_one_instance_is_readable_by_a_second_instance_sharing_the_sqlite_database()
    {
        using var store = new TempSqliteStore();

        await AssertSharedAsync(store.Database, store.OwnerId);

        await using var db = store.Database.CreateContext();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
        Assert.False(Directory.Exists(Path.Combine(store.Folder, "keys")), "Without a configured folder no key file is written.");
    }

    [SkippableFact]
    public async Task Connection_stored_by_one_instance_is_readable_by_a_second_instance_sharing_the_postgresql_database()
    {
        var server = TestEnvironment.PostgresConnectionString;
        var name = "designstudio_keys_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        try
        {
            var database = new ProjectDatabase(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
            await database.MigrateAsync();
            var userId = await CreateUserAsync(database, "alice");

            await AssertSharedAsync(database, userId);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    [Fact]
    public async Task Explicitly_configured_keys_directory_holds_the_key_ring_instead_of_the_database()
    {
        using var store = new TempSqliteStore();
        var folder = Path.Combine(store.Folder, "configured-keys");
        await using var instance = Instance(store.Database, folder);

        var saved = await instance.GetRequiredService<StoredConnectionService>().RememberAsync(store.OwnerId, "Shop", DialectNames.PostgreSql, Secret);

        Assert.Equal((DialectNames.PostgreSql, Secret), await instance.GetRequiredService<StoredConnectionService>().RevealAsync(store.OwnerId, saved.Id));
        Assert.NotEmpty(Directory.GetFiles(folder, "key-*.xml"));
        await using var db = store.Database.CreateContext();
        Assert.Empty(await db.DataProtectionKeys.ToListAsync());
    }

    private static async Task AssertSharedAsync(ProjectDatabase database, string userId)
    {
        Guid id;
        await using (var first = Instance(database, keysDirectory: null))
        {
            id = (await first.GetRequiredService<StoredConnectionService>().RememberAsync(userId, "Shop", DialectNames.PostgreSql, Secret)).Id;
        }
        await using var second = Instance(database, keysDirectory: null);
        Assert.Equal((DialectNames.PostgreSql, Secret), await second.GetRequiredService<StoredConnectionService>().RevealAsync(userId, id));

        // And the other way round: what the second protects, a third fresh instance reads.
        var protectedBySecond = second.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("payload");
        await using var third = Instance(database, keysDirectory: null);
        Assert.Equal("payload", third.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedBySecond));
    }

    // One "app instance": the studio's Data Protection registration and the stored-connection service over the database.
    private static ServiceProvider Instance(ProjectDatabase database, string? keysDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DataProtectionRegistration.KeysDirectoryKey] = keysDirectory })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(database);
        services.AddSingleton<StoredConnectionStore>();
        services.AddSingleton<StoredConnectionService>();
        services.AddStudioDataProtection(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task<string> CreateUserAsync(ProjectDatabase database, string userName)
    {
        var user = new StudioUser
        {
            Id = Guid.NewGuid().ToString(), UserName = userName, NormalizedUserName = userName.ToUpperInvariant(),
            Email = userName + "@example.test", NormalizedEmail = (userName + "@example.test").ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(), CreatedUtc = DateTime.UtcNow,
        };
        await using var db = database.CreateContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
