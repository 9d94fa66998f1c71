namespace DesignStudio.Data.Reviews;

/// <summary>
/// Tells open pages that a project's review changed (requested, a verdict, a comment, withdrawn), after the change is
/// committed; pages reload what they show from the store, which checks access again. With PostgreSQL configured the
/// comment relay carries these to the other instances too (<see cref="ReviewChange.FromInstance"/> set there).
/// </summary>
public sealed class ReviewEvents
{
    /// <summary>Raised after a change is committed (on the caller's thread; handlers marshal to their renderer).</summary>
    public event Action<ReviewChange>? Changed;

    /// <summary>Announces a change.</summary>
    public void Raise(ReviewChange change) => Changed?.Invoke(change);
}
