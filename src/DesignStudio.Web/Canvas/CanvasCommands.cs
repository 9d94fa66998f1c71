namespace DesignStudio.Web.Canvas;

/// <summary>What node widgets can ask of the canvas that hosts them (cascaded to them by <see cref="DesignCanvas"/>).</summary>
public interface ICanvasCommands
{
    /// <summary>The table whose name is being edited in place, if any.</summary>
    string? RenamingTableId { get; }

    /// <summary>Starts renaming a table in place.</summary>
    void StartRename(string tableId);

    /// <summary>Renames a table (or cancels with null) and ends in-place editing.</summary>
    Task FinishRenameAsync(string tableId, string? name);

    /// <summary>Shows the diagnostics of a table.</summary>
    Task ShowDiagnosticsAsync(string tableId);
}
