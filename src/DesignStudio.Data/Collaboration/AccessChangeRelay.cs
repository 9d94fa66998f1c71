using DesignStudio.Data.Access;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data.Collaboration;

/// <summary>
/// Carries access changes (a member removed, a role changed, a share link revoked, a project deleted) between
/// instances: a change raised here is published on the change bus, and one published elsewhere is raised here, so
/// every instance's open pages check their access at once.
/// </summary>
public sealed class AccessChangeRelay : IDisposable
{
    private readonly ProjectAccessEvents events;
    private readonly IDesignChangeBus bus;
    private readonly ILogger<AccessChangeRelay> logger;
    private readonly string instanceId = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Starts relaying.</summary>
    public AccessChangeRelay(ProjectAccessEvents events, IDesignChangeBus bus, ILogger<AccessChangeRelay> logger)
    {
        this.events = events;
        this.bus = bus;
        this.logger = logger;
        events.Changed += OnLocalChange;
        bus.AccessChangeReceived += OnRemoteChange;
    }

    private void OnLocalChange(AccessChange change)
    {
        if (change.FromOtherInstance) return;
        _ = PublishAsync(new AccessChangeMessage(instanceId, change.ProjectId, change.UserId));
    }

    private async Task PublishAsync(AccessChangeMessage message)
    {
        try
        {
            await bus.PublishAccessChangeAsync(message);
        }
        catch (Exception e)
        {
            // Pages elsewhere still find out at their next operation (every call checks access).
            logger.LogWarning(e, "Could not announce an access change of project {ProjectId}", message.ProjectId);
        }
    }

    private void OnRemoteChange(AccessChangeMessage message)
    {
        if (message.InstanceId == instanceId) return;
        events.Raise(new AccessChange(message.ProjectId, message.UserId) { FromOtherInstance = true });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        events.Changed -= OnLocalChange;
        bus.AccessChangeReceived -= OnRemoteChange;
    }
}
