using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Web.Collaboration;

/// <summary>What a design session tells the pages subscribed to it, in sequence order.</summary>
public abstract record DesignSessionEvent
{
    private DesignSessionEvent()
    {
    }

    /// <summary>An operation was logged as <paramref name="Sequence"/> and applied; <paramref name="Design"/> is the result.</summary>
    public sealed record OperationApplied(long Sequence, DesignOperation Operation, Design Design, Collaborator Author, string ClientId, string ClientOperationId)
        : DesignSessionEvent;

    /// <summary>
    /// The stored design changed outside the session (a restored version, a whole-design import): the session reloaded
    /// it and every page starts again from <paramref name="Design"/> at <paramref name="Sequence"/>.
    /// </summary>
    public sealed record Reloaded(long Sequence, Design Design) : DesignSessionEvent;

    /// <summary>Who is on the design changed.</summary>
    public sealed record PresenceChanged(IReadOnlyList<PresenceEntry> Present) : DesignSessionEvent;

    /// <summary>
    /// Another page's pointer moved over the canvas (diagram coordinates), or left it (<paramref name="At"/> null). Not
    /// logged, not persisted, this instance only.
    /// </summary>
    public sealed record PointerMoved(string ClientId, Collaborator Who, DiagramPoint? At) : DesignSessionEvent;

    /// <summary>A message for this page only, e.g. "Ana changed the name of users after you".</summary>
    public sealed record Notice(string Message) : DesignSessionEvent;
}
