namespace DesignStudio.Data.Access;

/// <summary>
/// Tells open pages of this server that access to a project changed, so they check again at once instead of at their
/// next operation. In-process only: with several servers a page elsewhere notices at its next operation (every store
/// call checks access) or when its share link's expiry passes.
/// </summary>
public sealed class ProjectAccessEvents
{
    /// <summary>Raised after the change is committed.</summary>
    public event Action<AccessChange>? Changed;

    /// <summary>Announces a change.</summary>
    public void Raise(AccessChange change) => Changed?.Invoke(change);
}
