using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms.Tables;

/// <summary>
/// Hints of transitive dependencies from copied columns: when orders has a foreign key customer_id → customers(id)
/// and also a column customer_email (or email) matching a non-key column of customers, the copy depends on
/// customer_id, not on the key of orders. Dependencies the table already implies are not suggested.
/// </summary>
public static class DependencyHintFinder
{
    // Columns that share a name across tables without being copies of each other.
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "created_at", "updated_at", "deleted_at", "created_by", "updated_by", "modified_at", "modified_by",
        "created", "updated", "modified", "last_update", "version", "row_version", "rowversion", "status", "type",
        "note", "notes", "comment", "comments", "description", "active", "is_active", "deleted", "is_deleted",
        "sort_order", "position", "tenant_id",
    };

    /// <summary>Hints for <paramref name="table"/> of <paramref name="design"/>.</summary>
    public static IReadOnlyList<DependencyHint> Find(Design design, Table table)
    {
        var relation = TableRelation.From(table);
        var closure = new ClosureCalculator(relation.Relation);
        var hints = new List<DependencyHint>();
        foreach (var fk in table.ForeignKeys)
        {
            if (design.FindTable(fk.TargetTableId) is not { } target || target.Id == table.Id) continue;
            var fkColumns = fk.ColumnIds.Select(table.FindColumn).OfType<Column>().ToList();
            if (fkColumns.Count != fk.ColumnIds.Count) continue;
            var excluded = new HashSet<string>(fk.TargetColumnIds);
            foreach (var id in target.PrimaryKey?.ColumnIds ?? []) excluded.Add(id);
            var prefixes = Prefixes(fkColumns, target);
            var copies = new List<(Column Own, Column Theirs)>();
            foreach (var own in table.Columns)
            {
                if (fk.ColumnIds.Contains(own.Id)) continue;
                foreach (var theirs in target.Columns)
                {
                    if (excluded.Contains(theirs.Id) || !IsCopy(own.Name, theirs.Name, prefixes)) continue;
                    copies.Add((own, theirs));
                    break;
                }
            }
            var determinant = relation.ToSet(fk.ColumnIds);
            var implied = closure.Closure(determinant);
            copies.RemoveAll(c => implied.Contains(relation.ColumnIds.FindIndex(x => x == c.Own.Id)));
            if (copies.Count == 0) continue;

            var lhs = string.Join(", ", fkColumns.Select(c => c.Name));
            var pairs = string.Join(", ", copies.Select(c => $"{table.Name}.{c.Own.Name} copies {target.Name}.{c.Theirs.Name}"));
            var rhs = string.Join(", ", copies.Select(c => c.Own.Name));
            var dependents = copies.Select(c => c.Own.Id).ToValueList();
            hints.Add(new DependencyHint(
                ObjectId.Derive("hint", $"{table.Id}/{fk.Id}/{string.Join(",", dependents)}"),
                table.Id,
                fk.Id,
                fk.ColumnIds,
                dependents,
                $"{pairs}: {lhs} → {rhs} is likely a transitive dependency ({rhs} depends on the key of {table.Name} only through {lhs})."));
        }
        return hints;
    }

    private static List<string> Prefixes(List<Column> fkColumns, Table target)
    {
        var prefixes = new List<string> { target.Name, Singular(target.Name) };
        foreach (var c in fkColumns)
        {
            foreach (var suffix in new[] { "_id", "id", "_key", "_code", "_no" })
            {
                if (c.Name.Length > suffix.Length && c.Name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                    prefixes.Add(c.Name[..^suffix.Length].TrimEnd('_'));
            }
        }
        return prefixes.Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static bool IsCopy(string own, string theirs, List<string> prefixes)
    {
        if (string.Equals(own, theirs, StringComparison.OrdinalIgnoreCase)) return !Generic.Contains(own);
        foreach (var p in prefixes)
        {
            if (string.Equals(own, p + "_" + theirs, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(own, p + theirs, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static string Singular(string name) =>
        name.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? name[..^3] + "y"
        : name.EndsWith("ses", StringComparison.OrdinalIgnoreCase) ? name[..^2]
        : name.EndsWith('s') ? name[..^1] : name;
}
