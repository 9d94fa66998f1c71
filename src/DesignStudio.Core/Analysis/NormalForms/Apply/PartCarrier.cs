using System.Text.RegularExpressions;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Analysis.NormalForms.Apply.DecompositionApplyCodes;

namespace DesignStudio.Core.Analysis.NormalForms.Apply;

/// <summary>
/// Moves the unique constraints, indexes, checks, functional dependencies and features of a decomposed table to the
/// one new table that holds all their columns (the main table first), keeping their ids and names.
/// </summary>
internal sealed class PartCarrier(Table original, List<Table> tables, List<IReadOnlyDictionary<string, string>> maps, int main,
    List<Diagnostic> diagnostics)
{
    public void CarryAll()
    {
        foreach (var u in original.Uniques)
        {
            if (Target(u.ColumnIds, $"uniques/{u.Name ?? u.Id}", "unique constraint") is not { } i) continue;
            var mapped = Map(i, u.ColumnIds);
            var pk = tables[i].PrimaryKey?.ColumnIds ?? [];
            // The part's key already enforces it.
            if (pk.Count == mapped.Count && pk.All(mapped.Contains)) continue;
            tables[i] = tables[i] with { Uniques = tables[i].Uniques.Add(u with { ColumnIds = mapped }) };
        }

        foreach (var index in original.Indexes)
        {
            var columns = index.Parts.Select(p => p.ColumnId).OfType<string>().Concat(index.IncludeColumnIds).ToList();
            var path = $"indexes/{index.Name ?? index.Id}";
            if (index.Where is not null || index.Parts.Any(p => p.ColumnId is null))
            {
                diagnostics.Add(DecompositionApplier.Warn(PartNotCarried, original, path,
                    $"Index {index.Name ?? index.Id} uses an expression or a filter; recreate it on the new tables by hand."));
                continue;
            }
            if (Target(columns, path, "index") is not { } i) continue;
            tables[i] = tables[i] with
            {
                Indexes = tables[i].Indexes.Add(index with
                {
                    Parts = index.Parts.Select(p => p with { ColumnId = maps[i][p.ColumnId!] }).ToValueList(),
                    IncludeColumnIds = Map(i, index.IncludeColumnIds),
                }),
            };
        }

        foreach (var check in original.Checks)
        {
            var used = original.Columns.Where(c => Regex.IsMatch(check.Expression, $@"(?<![\w""`\]]){Regex.Escape(c.Name)}(?![\w""`\[])",
                RegexOptions.IgnoreCase) || check.Expression.Contains($"\"{c.Name}\"", StringComparison.Ordinal)).Select(c => c.Id).ToList();
            if (Target(used, $"checks/{check.Name ?? check.Id}", "check constraint") is { } i)
                tables[i] = tables[i] with { Checks = tables[i].Checks.Add(check) };
        }

        // A dependency whose columns span new tables still holds through the join; only contained ones stay declared.
        foreach (var fd in original.FunctionalDependencies)
        {
            var i = DecompositionApplier.Holder(maps, main, fd.DeterminantIds.Concat(fd.DependentIds));
            if (i < 0) continue;
            tables[i] = tables[i] with
            {
                FunctionalDependencies = tables[i].FunctionalDependencies.Add(fd with
                {
                    DeterminantIds = Map(i, fd.DeterminantIds),
                    DependentIds = Map(i, fd.DependentIds),
                }),
            };
        }

        if (original.Features.UpdatedAtColumnId is { } updatedAt
            && DecompositionApplier.Holder(maps, main, [updatedAt]) is var holder and >= 0)
        {
            tables[holder] = tables[holder] with { Features = original.Features with { UpdatedAtColumnId = maps[holder][updatedAt] } };
        }
    }

    private int? Target(IReadOnlyList<string> columnIds, string path, string what)
    {
        var i = DecompositionApplier.Holder(maps, main, columnIds);
        if (i >= 0) return i;
        diagnostics.Add(DecompositionApplier.Warn(PartNotCarried, original, path,
            $"The {what} {path[(path.IndexOf('/') + 1)..]} spans columns that end up in different new tables; it is dropped."));
        return null;
    }

    private ValueList<string> Map(int i, IEnumerable<string> columnIds) => columnIds.Select(c => maps[i][c]).ToValueList();
}
