using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation;

/// <summary>
/// Object paths for diagnostics, by name as people read them: <c>tables/users/columns/email</c>. Unnamed
/// constraints and indexes are named by id.
/// </summary>
internal static class DesignPaths
{
    public static string Table(Table t) => "tables/" + t.QualifiedName;

    public static string Column(Table t, Column c) => Table(t) + "/columns/" + c.Name;

    public static string PrimaryKey(Table t) => Table(t) + "/primaryKey";

    public static string Unique(Table t, UniqueConstraint u) => Table(t) + "/uniques/" + (u.Name ?? u.Id);

    public static string Check(Table t, CheckConstraint c) => Table(t) + "/checks/" + (c.Name ?? c.Id);

    public static string ForeignKey(Table t, ForeignKey f) => Table(t) + "/foreignKeys/" + (f.Name ?? f.Id);

    public static string Index(Table t, Model.Index i) => Table(t) + "/indexes/" + (i.Name ?? i.Id);

    public static string Dependency(Table t, FunctionalDependency f) => Table(t) + "/functionalDependencies/" + f.Id;

    public static string UpdatedAt(Table t) => Table(t) + "/features/updatedAtColumnId";

    public static string Enum(EnumType e) => "enums/" + (e.Schema is null ? e.Name : e.Schema + "." + e.Name);

    public static string Area(SubjectArea a) => "areas/" + a.Name;

    public static string Note(StickyNote n) => "notes/" + n.Id;

    public static string Verbatim(VerbatimObject v) => "verbatim/" + (v.Name ?? v.Id);
}
