namespace DesignStudio.Data.Collaboration;

/// <summary>
/// What the log holds after a sequence: the operations in order, up to a whole-design write if one follows them
/// (<paramref name="DesignReplaced"/>: the reader must reload the design from the store instead of applying further).
/// </summary>
public sealed record LoggedChanges(IReadOnlyList<LoggedOperation> Operations, bool DesignReplaced);
