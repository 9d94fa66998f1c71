using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>
/// One edit of a <see cref="Design"/>. Every change — from a form, the canvas, the CLI or another user — is an
/// operation, so undo/redo and live co-editing share one mechanism. Operations are immutable values with structural
/// equality; applying one never mutates its input.
/// </summary>
public abstract record DesignOperation
{
    /// <summary>
    /// Applies the operation. Returns the new design and the inverse operation (computed from the design it was applied
    /// to, so applying the inverse to the result gives back exactly <paramref name="design"/>), or — for problems a user
    /// can cause such as a name conflict or a missing object — diagnostics explaining why it cannot apply.
    /// </summary>
    public abstract OperationResult Apply(Design design);
}
