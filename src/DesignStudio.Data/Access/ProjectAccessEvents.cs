namespace DesignStudio.Data.Access;

/// <summary>
/// Tells open pages of this server that access to a project changed, so they check again at once instead of at their
/// next operation. With several servers, <see cref="Collaboration.AccessChangeRelay"/> carries changes over the change
/// bus both ways, so pages on the other servers react at once too.
/// </summary>
public sealed class ProjectAccessEvents
{
    /// <summary>Raised after the change is committed.</summary>
    public event Action<AccessChange>? Changed;

    /// <summary>Announces a change.</summary>
    public void Raise(AccessChange change) => Changed?.Invoke(change);
}
