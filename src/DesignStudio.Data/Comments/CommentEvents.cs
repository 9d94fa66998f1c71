namespace DesignStudio.Data.Comments;

/// <summary>
/// Tells open pages of this server that a project's comments or a user's notifications changed, after the change is
/// committed (pages reload what they show from the store, which checks access again). In-process, like
/// <see cref="Access.ProjectAccessEvents"/>: with several servers a page elsewhere sees the change when it next loads.
/// </summary>
public sealed class CommentEvents
{
    /// <summary>Raised after a change is committed (on the caller's thread; handlers marshal to their renderer).</summary>
    public event Action<CommentChange>? Changed;

    /// <summary>Announces a change.</summary>
    public void Raise(CommentChange change) => Changed?.Invoke(change);
}
