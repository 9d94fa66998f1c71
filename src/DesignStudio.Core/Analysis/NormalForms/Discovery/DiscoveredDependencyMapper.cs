using DesignStudio.Core.Analysis.NormalForms.Tables;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms.Discovery;

/// <summary>Turns discovered dependencies into declared ones of a table, for the user to accept.</summary>
public static class DiscoveredDependencyMapper
{
    /// <summary>
    /// The discovered dependencies as model dependencies of <paramref name="table"/> (sample columns matched to table
    /// columns by name, case-insensitively), merged by left-hand side, skipping those naming a column the table lacks
    /// and those the table's keys and declared dependencies already imply.
    /// </summary>
    public static IReadOnlyList<FunctionalDependency> ToTableDependencies(DiscoveryResult result, Table table)
    {
        var relation = TableRelation.From(table);
        var closure = new ClosureCalculator(relation.Relation);
        var byLhs = new Dictionary<AttributeSet, AttributeSet>();
        var order = new List<AttributeSet>();
        foreach (var d in result.Dependencies)
        {
            var lhs = AttributeSet.Empty;
            var ok = true;
            foreach (var i in d.Determinant.Members())
            {
                var c = table.FindColumnByName(result.Columns[i]);
                ok &= c is not null;
                if (c is not null) lhs = lhs.Union(relation.ToSet([c.Id]));
            }
            var target = table.FindColumnByName(result.Columns[d.Dependent]);
            if (!ok || target is null) continue;
            var rhs = relation.ToSet([target.Id]);
            if (rhs.IsSubsetOf(closure.Closure(lhs))) continue;
            if (!byLhs.TryGetValue(lhs, out var existing)) order.Add(lhs);
            byLhs[lhs] = existing.Union(rhs);
        }
        return order.Select(lhs => new FunctionalDependency
        {
            Id = ObjectId.Derive("fd", $"{table.Id}/discovered/{string.Join(",", relation.ToColumnIds(lhs))}"),
            DeterminantIds = relation.ToColumnIds(lhs),
            DependentIds = relation.ToColumnIds(byLhs[lhs]),
            Source = DependencySource.Discovered,
        }).ToList();
    }
}
