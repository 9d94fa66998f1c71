using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Model;

namespace DesignStudio.Web.Components.Pages.Designer.Normalization;

/// <summary>Dependencies and column sets as people read them: <c>zip → city</c>, names in column order.</summary>
public static class DependencyText
{
    /// <summary>Column names of <paramref name="columnIds"/> in the table's column order, comma separated.</summary>
    public static string Columns(Table table, IEnumerable<string> columnIds)
    {
        var ids = columnIds.ToHashSet(StringComparer.Ordinal);
        var names = table.Columns.Where(c => ids.Contains(c.Id)).Select(c => c.Name).ToList();
        // Ids the table lacks are shown as they are, so a broken dependency is still visible.
        names.AddRange(ids.Where(id => table.FindColumn(id) is null));
        return names.Count == 0 ? "∅" : string.Join(", ", names);
    }

    /// <summary><c>X → Y</c> for column ids of <paramref name="table"/>.</summary>
    public static string Of(Table table, IEnumerable<string> determinantIds, IEnumerable<string> dependentIds) =>
        Columns(table, determinantIds) + " → " + Columns(table, dependentIds);

    /// <summary>Attribute names of <paramref name="set"/> in attribute order.</summary>
    public static string Set(RelationSchema relation, AttributeSet set) =>
        set.IsEmpty ? "∅" : string.Join(", ", set.Members().Select(i => relation.Attributes[i]));

    /// <summary><c>X → Y</c> for a dependency of <paramref name="relation"/>.</summary>
    public static string Of(RelationSchema relation, Dependency dependency) =>
        Set(relation, dependency.Determinant) + " → " + Set(relation, dependency.Dependent);
}
