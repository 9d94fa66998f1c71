using DesignStudio.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DesignStudio.Web.Services;

/// <summary>Healthy when the project store answers.</summary>
public sealed class ProjectStoreHealthCheck(ProjectStore store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The project store answers.")
                : HealthCheckResult.Unhealthy("The project store does not answer.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The project store failed.", e);
        }
    }
}
