using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>
/// The current design plus undo and redo history. Applying an operation records its inverse; undo applies that
/// inverse and records the inverse of the inverse for redo. A new edit clears the redo history.
/// Not thread-safe: one session serves one editor (a page or, later, the per-design server session).
/// </summary>
public sealed class EditSession
{
    private readonly List<DesignOperation> undo = [];
    private readonly List<DesignOperation> redo = [];

    /// <summary>Starts a session on <paramref name="design"/>.</summary>
    /// <param name="design">The design to edit.</param>
    /// <param name="historyLimit">How many steps undo remembers; older steps are forgotten.</param>
    public EditSession(Design design, int historyLimit = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(historyLimit, 1);
        Design = design;
        HistoryLimit = historyLimit;
    }

    /// <summary>The design as it is now.</summary>
    public Design Design { get; private set; }

    /// <summary>How many steps undo remembers.</summary>
    public int HistoryLimit { get; }

    /// <summary>Whether there is something to undo.</summary>
    public bool CanUndo => undo.Count > 0;

    /// <summary>Whether there is something to redo.</summary>
    public bool CanRedo => redo.Count > 0;

    /// <summary>Raised after the design changed (apply, undo, redo or reset).</summary>
    public event Action? Changed;

    /// <summary>Applies an edit; on success it becomes undoable and the redo history is cleared.</summary>
    public OperationResult Apply(DesignOperation operation)
    {
        var result = operation.Apply(Design);
        if (!result.Succeeded) return result;
        Push(undo, result.Inverse);
        redo.Clear();
        Commit(result.Design);
        return result;
    }

    /// <summary>Undoes the last edit; null when there is nothing to undo.</summary>
    public OperationResult? Undo() => Step(undo, redo);

    /// <summary>Redoes the last undone edit; null when there is nothing to redo.</summary>
    public OperationResult? Redo() => Step(redo, undo);

    /// <summary>Replaces the design (e.g. after reloading it from the store) and forgets the history.</summary>
    public void Reset(Design design)
    {
        undo.Clear();
        redo.Clear();
        Commit(design);
    }

    private OperationResult? Step(List<DesignOperation> from, List<DesignOperation> to)
    {
        if (from.Count == 0) return null;
        var operation = from[^1];
        var result = operation.Apply(Design);
        // An inverse can only be refused if the design was changed behind the session's back; keep the history then.
        if (!result.Succeeded) return result;
        from.RemoveAt(from.Count - 1);
        Push(to, result.Inverse);
        Commit(result.Design);
        return result;
    }

    private void Push(List<DesignOperation> stack, DesignOperation operation)
    {
        stack.Add(operation);
        if (stack.Count > HistoryLimit) stack.RemoveAt(0);
    }

    private void Commit(Design design)
    {
        Design = design;
        Changed?.Invoke();
    }
}
