namespace DesignStudio.Data.Versions;

/// <summary>
/// Tells open pages that a project's version history changed (a commit, a restore, a tag added or removed), after the
/// change is committed; pages reload the history from the store, which checks access again. With PostgreSQL configured
/// the comment relay carries these to the other instances too (<see cref="VersionChange.FromInstance"/> set there).
/// </summary>
public sealed class VersionEvents
{
    /// <summary>Raised after a change is committed (on the caller's thread; handlers marshal to their renderer).</summary>
    public event Action<VersionChange>? Changed;

    /// <summary>Announces a change.</summary>
    public void Raise(VersionChange change) => Changed?.Invoke(change);
}
