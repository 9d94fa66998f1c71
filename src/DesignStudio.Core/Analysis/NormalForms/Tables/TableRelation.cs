using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms.Tables;

/// <summary>
/// A model <see cref="Table"/> seen as a relation: one attribute per column (named after the column), with the
/// declared functional dependencies plus those implied by the primary key and unique constraints (key → all columns).
/// </summary>
public sealed record TableRelation
{
    /// <summary>The relation; attribute i is column <c>ColumnIds[i]</c>.</summary>
    public required RelationSchema Relation { get; init; }

    /// <summary>Column ids by attribute position.</summary>
    public required ValueList<string> ColumnIds { get; init; }

    /// <summary>Problems met while reading the table, e.g. a declared dependency naming a missing column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Code of the diagnostic for a dependency that names a column the table does not have.</summary>
    public const string UnknownColumn = "NF010";

    /// <summary>Builds the relation of <paramref name="table"/>.</summary>
    public static TableRelation From(Table table)
    {
        var ids = table.Columns.Select(c => c.Id).ToValueList();
        var names = new List<string>();
        foreach (var c in table.Columns)
        {
            var name = c.Name;
            for (var k = 2; names.Contains(name, StringComparer.Ordinal); k++) name = c.Name + "#" + k;
            names.Add(name);
        }
        var diagnostics = new List<Diagnostic>();
        var all = AttributeSet.All(ids.Count);
        var fds = new List<Dependency>();

        AttributeSet? Map(IEnumerable<string> columnIds, string path)
        {
            var set = AttributeSet.Empty;
            foreach (var id in columnIds)
            {
                var i = ids.FindIndex(x => x == id);
                if (i < 0)
                {
                    diagnostics.Add(new Diagnostic(UnknownColumn, Severity.Warning, path,
                        $"Table '{table.Name}' has no column with id '{id}'; the dependency is ignored."));
                    return null;
                }
                set = set.With(i);
            }
            return set;
        }

        if (table.PrimaryKey is { } pk && Map(pk.ColumnIds, $"tables/{table.Name}/primary_key") is { } pkSet)
            fds.Add(new Dependency(pkSet, all));
        foreach (var u in table.Uniques)
        {
            if (Map(u.ColumnIds, $"tables/{table.Name}/uniques/{u.Name ?? u.Id}") is { } uSet) fds.Add(new Dependency(uSet, all));
        }
        foreach (var fd in table.FunctionalDependencies)
        {
            var path = $"tables/{table.Name}/functional_dependencies/{fd.Id}";
            if (Map(fd.DeterminantIds, path) is { } lhs && Map(fd.DependentIds, path) is { } rhs) fds.Add(new Dependency(lhs, rhs));
        }
        return new TableRelation
        {
            Relation = new RelationSchema(table.Name, names.ToValueList(), fds.ToValueList()),
            ColumnIds = ids,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>The attribute set of the given column ids (unknown ids are skipped).</summary>
    public AttributeSet ToSet(IEnumerable<string> columnIds)
    {
        var set = AttributeSet.Empty;
        foreach (var id in columnIds)
        {
            var i = ColumnIds.FindIndex(x => x == id);
            if (i >= 0) set = set.With(i);
        }
        return set;
    }

    /// <summary>Column ids of the members of <paramref name="set"/>, in column order.</summary>
    public ValueList<string> ToColumnIds(AttributeSet set) => set.Members().Select(i => ColumnIds[i]).ToValueList();
}
