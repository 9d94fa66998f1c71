namespace DesignStudio.Web.Components.Pages.Projects;

/// <summary>Where the import dialog reads a schema from.</summary>
public enum ImportSourceKind
{
    /// <summary>Text pasted into the dialog.</summary>
    Paste,
    /// <summary>An uploaded file.</summary>
    File,
    /// <summary>A live database's catalog.</summary>
    Live,
}
