using DesignStudio.Data.Collaboration;

namespace DesignStudio.Web.Collaboration;

/// <summary>Pointers between instances: a page's move as a bus message, and a message from elsewhere as a session event.</summary>
internal static class RemotePointers
{
    /// <summary>Publishes <paramref name="message"/>; a failure is logged and dropped (the next move repairs it).</summary>
    public static async Task PublishAsync(IDesignChangeBus bus, PointerMessage message, ILogger logger)
    {
        try
        {
            await bus.PublishPointerAsync(message);
        }
        catch (Exception e)
        {
            logger.LogDebug(e, "Could not announce a pointer on project {ProjectId}", message.ProjectId);
        }
    }

    /// <summary>The event this instance's pages get for another instance's pointer.</summary>
    public static DesignSessionEvent.PointerMoved Event(PointerMessage message) => new(message.ClientId,
        new Collaborator(message.UserId, message.Name, message.Colour),
        message is { X: { } x, Y: { } y } ? new DiagramPoint(x, y) : null);
}
