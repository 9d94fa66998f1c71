using DesignStudio.Data;

namespace DesignStudio.Web.Services;

/// <summary>Applies the store's migrations before the server starts listening.</summary>
public sealed class ProjectStoreMigrator(ProjectDatabase database, ILogger<ProjectStoreMigrator> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Migrating project store {Store}", database.Describe());
        await database.MigrateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
