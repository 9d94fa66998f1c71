namespace DesignStudio.Web.Canvas;

/// <summary>What subject-area and sticky-note widgets can ask of the canvas (cascaded to them by <see cref="DesignCanvas"/>).</summary>
public interface ICanvasObjectCommands
{
    /// <summary>Whether editing is blocked.</summary>
    bool Disabled { get; }

    /// <summary>Renames a subject area.</summary>
    Task RenameAreaAsync(string areaId, string name);

    /// <summary>Changes a subject area's colour.</summary>
    Task RecolorAreaAsync(string areaId, string color);

    /// <summary>Removes a subject area (its tables stay).</summary>
    Task RemoveAreaAsync(string areaId);

    /// <summary>Replaces a sticky note's text.</summary>
    Task EditNoteAsync(string noteId, string text);

    /// <summary>Resizes a sticky note.</summary>
    Task ResizeNoteAsync(string noteId, double width, double height);

    /// <summary>Starts resizing a note with the pointer; the canvas follows the pointer and applies the size on release.</summary>
    void BeginNoteResize(string noteId, double clientX, double clientY);

    /// <summary>Removes a sticky note.</summary>
    Task RemoveNoteAsync(string noteId);
}
