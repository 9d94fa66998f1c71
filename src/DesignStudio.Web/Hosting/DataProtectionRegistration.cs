using DesignStudio.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DesignStudio.Web.Hosting;

/// <summary>
/// Where the Data Protection key ring (sign-in cookies, antiforgery tokens, stored connections) lives. By default in
/// the project database (table <c>data_protection_keys</c>), so every replica sharing the database shares the keys;
/// in a folder only when <see cref="KeysDirectoryKey"/> is configured explicitly.
/// </summary>
public static class DataProtectionRegistration
{
    /// <summary>The setting that keeps the key ring in a folder instead of the project database.</summary>
    public const string KeysDirectoryKey = "DesignStudio:DataProtection:KeysDirectory";

    /// <summary>The Data Protection application name; every instance must use the same one to share keys.</summary>
    public const string ApplicationName = "DesignStudio";

    /// <summary>
    /// Registers Data Protection over the configured key store. Needs a <see cref="ProjectDatabase"/> singleton; registers
    /// a scoped <see cref="ProjectDbContext"/> over it unless one is registered already.
    /// </summary>
    public static IServiceCollection AddStudioDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (configuration[KeysDirectoryKey] is { Length: > 0 } configured)
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(configured, Environment.CurrentDirectory)));
            return services;
        }
        services.TryAddScoped<ProjectDbContext>(sp => sp.GetRequiredService<ProjectDatabase>().CreateContext());
        builder.PersistKeysToDbContext<ProjectDbContext>();
        return services;
    }
}
