using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>Object paths by name for findings, and column lists for messages.</summary>
internal static class LintPaths
{
    public static string Table(Table t) => "tables/" + t.QualifiedName;

    public static string Column(Table t, Column c) => Table(t) + "/columns/" + c.Name;

    public static string PrimaryKey(Table t) => Table(t) + "/primary-key";

    public static string Unique(Table t, UniqueConstraint u) => Table(t) + "/uniques/" + (u.Name ?? u.Id);

    public static string Check(Table t, CheckConstraint c) => Table(t) + "/checks/" + (c.Name ?? c.Id);

    public static string ForeignKey(Table t, ForeignKey fk) => Table(t) + "/foreign-keys/" + (fk.Name ?? fk.Id);

    public static string Index(Table t, Model.Index ix) => Table(t) + "/indexes/" + (ix.Name ?? ix.Id);

    /// <summary>Column names for ids, comma separated; unknown ids shown as they are.</summary>
    public static string ColumnNames(Table t, IEnumerable<string> columnIds) =>
        string.Join(", ", columnIds.Select(id => t.FindColumn(id)?.Name ?? id));

    /// <summary>Index parts as text: <c>user_id, created_at DESC</c>.</summary>
    public static string Parts(Table t, Model.Index ix) =>
        string.Join(", ", ix.Parts.Select(p =>
            (p.ColumnId is { } id ? t.FindColumn(id)?.Name ?? id : "(" + p.Expression + ")")
            + (p.PrefixLength is { } n ? $"({n})" : "")
            + (p.Descending ? " DESC" : "")));

    /// <summary>A display name for an index: its name, or its parts when unnamed.</summary>
    public static string IndexLabel(Table t, Model.Index ix) => ix.Name ?? $"({Parts(t, ix)})";

    /// <summary>A display name for a foreign key: <c>foreign key fk_posts_user</c> or <c>foreign key posts (user_id)</c>.</summary>
    public static string ForeignKeyLabel(Table t, ForeignKey fk) =>
        "foreign key " + (fk.Name ?? $"{t.Name} ({ColumnNames(t, fk.ColumnIds)})");
}
