using System.Xml.Linq;
using DesignStudio.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DesignStudio.Web.Hosting;

/// <summary>
/// Earlier versions kept the Data Protection key ring in <c>&lt;data&gt;/keys</c>. When the keys now live in the
/// database (no <see cref="DataProtectionRegistration.KeysDirectoryKey"/> configured), this copies any key file the
/// database does not hold yet, at start-up after the migrations and before Data Protection loads its key ring, so
/// sign-ins and remembered connections made before the upgrade stay valid. Idempotent: keys are matched by name.
/// </summary>
public sealed class LegacyKeyImport(ProjectDatabase database, StudioSettings settings, IConfiguration configuration, ILogger<LegacyKeyImport> logger)
    : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) =>
        configuration[DataProtectionRegistration.KeysDirectoryKey] is { Length: > 0 }
            ? Task.CompletedTask
            : ImportAsync(database, Path.Combine(settings.DataDirectory, "keys"), logger, cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Copies the <c>key-*.xml</c> files of <paramref name="folder"/> missing from the database; returns how many.</summary>
    public static async Task<int> ImportAsync(ProjectDatabase database, string folder, ILogger logger, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder)) return 0;
        var files = Directory.GetFiles(folder, "key-*.xml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) return 0;
        await using var db = database.CreateContext();
        var known = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var file in files)
        {
            // The file system repository names a key's file after the same friendly name the database repository stores.
            var name = Path.GetFileNameWithoutExtension(file);
            if (known.Contains(name)) continue;
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = XElement.Load(file).ToString(SaveOptions.DisableFormatting) });
            added++;
        }
        if (added == 0) return 0;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Copied {KeyCount} Data Protection keys from {KeysFolder} into the project database", added, folder);
        return added;
    }
}
