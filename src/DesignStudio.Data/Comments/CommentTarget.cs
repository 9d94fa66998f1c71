using DesignStudio.Core.Model;

namespace DesignStudio.Data.Comments;

/// <summary>
/// The object a thread is about: the design, a table or a column, by stable model id, with the object's name when the
/// thread started (kept so a thread on a deleted object stays readable), and optionally the version number it refers to
/// (a review of a version attaches its discussion this way).
/// </summary>
/// <param name="Kind">Design, table or column.</param>
/// <param name="TableId">The table's id (for a table or a column), else null.</param>
/// <param name="ColumnId">The column's id (for a column), else null.</param>
/// <param name="Label">The object's name when the thread started, e.g. <c>users</c> or <c>users.email</c>.</param>
/// <param name="VersionNumber">The committed version the thread refers to, or null for the working design.</param>
public sealed record CommentTarget(CommentTargetKind Kind, string? TableId, string? ColumnId, string Label, int? VersionNumber = null)
{
    /// <summary>The whole design.</summary>
    public static CommentTarget ForDesign(Design design, int? versionNumber = null) => new(CommentTargetKind.Design, null, null, design.Name, versionNumber);

    /// <summary>A table.</summary>
    public static CommentTarget ForTable(Table table, int? versionNumber = null) =>
        new(CommentTargetKind.Table, table.Id, null, table.QualifiedName, versionNumber);

    /// <summary>A column of <paramref name="table"/>.</summary>
    public static CommentTarget ForColumn(Table table, Column column, int? versionNumber = null) =>
        new(CommentTargetKind.Column, table.Id, column.Id, table.QualifiedName + "." + column.Name, versionNumber);

    /// <summary>The object's current name in <paramref name="design"/>, or null when it no longer exists there (orphaned).</summary>
    public string? CurrentLabel(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (Kind == CommentTargetKind.Design) return design.Name;
        var table = design.Tables.FirstOrDefault(t => t.Id == TableId);
        if (table is null) return null;
        if (Kind == CommentTargetKind.Table) return table.QualifiedName;
        var column = table.Columns.FirstOrDefault(c => c.Id == ColumnId);
        return column is null ? null : table.QualifiedName + "." + column.Name;
    }

    /// <summary>Whether the object no longer exists in <paramref name="design"/>.</summary>
    public bool IsOrphanedIn(Design design) => CurrentLabel(design) is null;
}
