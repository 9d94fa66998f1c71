using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>
/// DS018: tables linked in a cycle by foreign keys whose columns are all NOT NULL. Every row of each table needs an
/// existing row in the next, so no first row can ever be inserted (the model has no deferrable constraints). A
/// NOT NULL self-reference counts. Found as the strongly connected components (Tarjan) of that foreign-key graph.
/// </summary>
internal sealed class NotNullForeignKeyCycleRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        var tables = context.Design.Tables;
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tables.Count; i++) indexOf.TryAdd(tables[i].Id, i);

        var edges = new List<(int To, ForeignKey Key)>[tables.Count];
        for (var i = 0; i < tables.Count; i++)
        {
            edges[i] = [];
            foreach (var f in tables[i].ForeignKeys)
            {
                if (!indexOf.TryGetValue(f.TargetTableId, out var to) || f.ColumnIds.Count == 0) continue;
                var allNotNull = f.ColumnIds.All(id => tables[i].FindColumn(id) is { Nullable: false });
                if (allNotNull) edges[i].Add((to, f));
            }
        }

        foreach (var component in StronglyConnected.Components(tables.Count, i => edges[i].Select(e => e.To)))
        {
            var selfLoop = component.Count == 1 && edges[component[0]].Any(e => e.To == component[0]);
            if (component.Count == 1 && !selfLoop) continue;
            var members = component.Order().ToList();
            var inCycle = members.ToHashSet();
            var keys = members.SelectMany(m => edges[m].Where(e => inCycle.Contains(e.To))
                .Select(e => $"{tables[m].QualifiedName}.{e.Key.Name ?? e.Key.Id} → {tables[e.To].QualifiedName}"));
            var first = tables[members[0]];
            var message = selfLoop
                ? $"Table '{first.QualifiedName}' references itself through a NOT NULL foreign key ({string.Join("; ", keys)}): no first row can be inserted. Make the column nullable."
                : $"Tables {string.Join(", ", members.Select(m => "'" + tables[m].QualifiedName + "'"))} form a cycle of NOT NULL foreign keys ({string.Join("; ", keys)}): no row can be inserted into any of them first. Make one of these columns nullable.";
            context.Error(ValidationCodes.NotNullForeignKeyCycle, DesignPaths.Table(first), message);
        }
    }
}
