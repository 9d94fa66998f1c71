namespace DesignStudio.Web.Canvas;

/// <summary>
/// Icons (MudBlazor's Material icons) drawn once as an SVG sprite (<see cref="IconSprite"/>) and referenced by id from
/// plain buttons: <see cref="All"/> for the canvas toolbar, <see cref="Editor"/> for the table editor's column actions.
/// A MudIconButton sends its icon's path twice per button and render (as the Icon parameter and as the icon's markup),
/// about 1.3 KB per button in a render batch; a button with a <c>&lt;use&gt;</c> sends about 0.3 KB.
/// </summary>
public static class CanvasIcons
{
    /// <summary>The canvas toolbar's sprite ids and the icon markup they stand for.</summary>
    public static IReadOnlyList<(string Id, string Svg)> All { get; } =
    [
        ("ds-i-zoom-in", MudBlazor.Icons.Material.Filled.ZoomIn),
        ("ds-i-zoom-out", MudBlazor.Icons.Material.Filled.ZoomOut),
        ("ds-i-fit", MudBlazor.Icons.Material.Filled.FitScreen),
        ("ds-i-layout", MudBlazor.Icons.Material.Filled.AccountTree),
        ("ds-i-collapse", MudBlazor.Icons.Material.Filled.UnfoldLess),
        ("ds-i-duplicate", MudBlazor.Icons.Material.Filled.ContentCopy),
        ("ds-i-delete", MudBlazor.Icons.Material.Filled.Delete),
        ("ds-i-light", MudBlazor.Icons.Material.Filled.LightMode),
        ("ds-i-dark", MudBlazor.Icons.Material.Filled.DarkMode),
        ("ds-i-area", MudBlazor.Icons.Material.Filled.SelectAll),
        ("ds-i-note", MudBlazor.Icons.Material.Filled.StickyNote2),
        ("ds-i-search", MudBlazor.Icons.Material.Filled.Search),
        ("ds-i-map", MudBlazor.Icons.Material.Filled.Map),
        ("ds-i-help", MudBlazor.Icons.Material.Filled.HelpOutline),
    ];

    /// <summary>The table editor's sprite (column actions and "Comment on").</summary>
    public static IReadOnlyList<(string Id, string Svg)> Editor { get; } =
    [
        ("ds-e-up", MudBlazor.Icons.Material.Filled.ArrowUpward),
        ("ds-e-down", MudBlazor.Icons.Material.Filled.ArrowDownward),
        ("ds-e-edit", MudBlazor.Icons.Material.Filled.Edit),
        ("ds-e-delete", MudBlazor.Icons.Material.Filled.Delete),
        ("ds-e-comment", MudBlazor.Icons.Material.Outlined.AddComment),
    ];
}
