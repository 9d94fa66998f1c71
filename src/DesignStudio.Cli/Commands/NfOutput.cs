using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Analysis.NormalForms.Decompositions;

namespace DesignStudio.Cli.Commands;

/// <summary>Sorting shared by the JSON and text forms of <c>nf</c>: names sorted within lists, lists sorted.</summary>
internal static class NfOutput
{
    public static List<IReadOnlyList<string>> SortedSets(RelationSchema r, IEnumerable<AttributeSet> sets)
    {
        var list = sets.Select(r.SortedNames).ToList();
        list.Sort(CompareLists);
        return list;
    }

    public static List<DecomposedRelation> SortedParts(RelationSchema r, Decomposition d)
    {
        var parts = d.Parts.ToList();
        parts.Sort((a, b) => CompareLists(r.SortedNames(a.Attributes), r.SortedNames(b.Attributes)));
        return parts;
    }

    public static List<string> SortedDependencies(RelationSchema r, IEnumerable<Dependency> dependencies)
    {
        var list = dependencies.Select(r.Format).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    public static int CompareLists(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Count.CompareTo(b.Count);
    }
}
