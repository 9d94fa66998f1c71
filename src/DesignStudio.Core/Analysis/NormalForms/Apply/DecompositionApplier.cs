using DesignStudio.Core.Analysis.NormalForms.Decompositions;
using DesignStudio.Core.Analysis.NormalForms.Tables;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using static DesignStudio.Core.Analysis.NormalForms.Apply.DecompositionApplyCodes;

namespace DesignStudio.Core.Analysis.NormalForms.Apply;

/// <summary>
/// Turns a <see cref="DecompositionPlan"/> into one undoable <see cref="CompositeOperation"/> on a design.
/// </summary>
/// <remarks>
/// The original table is removed, not kept reduced: the plan already gives the part holding a key of the whole table
/// the original's name, position and comment, so keeping the original's id would only save re-pointing references
/// at the price of a table whose id no longer matches its content. The steps are: remove the original (which also
/// removes the foreign keys of other tables pointing at it), add the new tables in the plan's order at the original's
/// place, add their foreign keys (between each other, and the original's own foreign keys on the table holding their
/// columns), re-point the foreign keys of other tables to the new table whose key equals the columns they referenced,
/// and put the new tables into the original's subject areas. Unique constraints, indexes, checks and functional
/// dependencies move to the one new table holding all their columns; what cannot move is reported as a warning.
/// Undo (the composite's inverse) restores the original design exactly.
/// </remarks>
public static class DecompositionApplier
{
    /// <summary>
    /// Plans and builds the 3NF synthesis (or, with <paramref name="bcnf"/>, the BCNF decomposition) of a table of
    /// <paramref name="design"/> from its keys and declared dependencies.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="tableId">The table to decompose.</param>
    /// <param name="bcnf">BCNF decomposition instead of 3NF synthesis.</param>
    public static DecompositionApplication Build(Design design, string tableId, bool bcnf = false)
    {
        if (design.FindTable(tableId) is not { } table)
            return Build(design, new DecompositionPlan(tableId, [], []));
        var relation = TableRelation.From(table);
        var decomposition = bcnf ? BcnfDecomposer.Decompose(relation.Relation) : ThirdNormalFormSynthesizer.Synthesize(relation.Relation);
        return Build(design, DecompositionPlanner.Plan(table, relation, decomposition));
    }

    /// <summary>Builds the operation and script source for applying <paramref name="plan"/> to <paramref name="design"/>.</summary>
    /// <param name="design">The design holding the plan's source table.</param>
    /// <param name="plan">A plan from <see cref="DecompositionPlanner.Plan"/> for a table of that design.</param>
    public static DecompositionApplication Build(Design design, DecompositionPlan plan)
    {
        var at = design.Tables.FindIndex(t => t.Id == plan.SourceTableId);
        if (at < 0)
        {
            return new DecompositionApplication(plan, null, [], null,
                [new Diagnostic(SourceTableMissing, Severity.Error, $"tables/{plan.SourceTableId}",
                    $"The design has no table with id '{plan.SourceTableId}'; analyze the design again.")]);
        }

        var original = design.Tables[at];
        var diagnostics = new List<Diagnostic>();
        var maps = plan.Tables.Select(p => p.ColumnMap).ToList();
        var tables = plan.Tables.Select(p => p.Table).ToList();
        var main = tables.FindIndex(t => t.Name == original.Name && t.Schema == original.Schema);
        PlaceAndDescribe(original, tables, main);
        new PartCarrier(original, tables, maps, main, diagnostics).CarryAll();

        // The original's own foreign keys go to the table holding their columns; self-references are re-pointed too.
        foreach (var fk in original.ForeignKeys)
        {
            var holder = Holder(maps, main, fk.ColumnIds);
            if (holder < 0)
            {
                diagnostics.Add(Warn(ForeignKeySplit, original, $"foreign_keys/{fk.Name ?? fk.Id}",
                    $"Foreign key {fk.Name ?? fk.Id} of {original.Name} has its columns in different new tables; it is dropped."));
                continue;
            }
            var target = (Table: fk.TargetTableId, Columns: fk.TargetColumnIds);
            if (fk.TargetTableId == original.Id)
            {
                if (Repoint(tables, maps, main, fk.TargetColumnIds) is not { } self)
                {
                    diagnostics.Add(Warn(ReferenceNotRepointed, original, $"foreign_keys/{fk.Name ?? fk.Id}",
                        $"Foreign key {fk.Name ?? fk.Id} of {original.Name} references columns no new table has as its key; it is dropped."));
                    continue;
                }
                target = self;
            }
            tables[holder] = tables[holder] with
            {
                ForeignKeys = tables[holder].ForeignKeys.Add(fk with
                {
                    ColumnIds = fk.ColumnIds.Select(c => maps[holder][c]).ToValueList(),
                    TargetTableId = target.Table,
                    TargetColumnIds = target.Columns,
                }),
            };
        }

        var steps = new List<DesignOperation> { new RemoveTable(original.Id) };
        for (var i = 0; i < tables.Count; i++) steps.Add(new AddTable(tables[i] with { ForeignKeys = [] }, at + i));
        foreach (var t in tables)
        {
            foreach (var fk in t.ForeignKeys) steps.Add(new AddForeignKey(t.Id, fk));
        }
        steps.AddRange(RepointIncoming(design, original, tables, maps, main, diagnostics));
        foreach (var area in design.Areas.Where(a => a.TableIds.Contains(original.Id)))
        {
            var ids = area.TableIds.SelectMany(id => id == original.Id ? tables.Select(t => t.Id) : [id]).ToValueList();
            steps.Add(new SetSubjectAreaTables(area.Id, ids));
        }

        var operation = new CompositeOperation(steps.ToValueList(), $"Decompose {original.Name} into {string.Join(", ", tables.Select(t => t.Name))}");
        return new DecompositionApplication(plan, original, tables, operation, diagnostics);
    }

    private static void PlaceAndDescribe(Table original, List<Table> tables, int main)
    {
        for (var i = 0; i < tables.Count; i++)
        {
            var offset = i == main ? 0 : 1 + i - (main >= 0 && i > main ? 1 : 0);
            tables[i] = tables[i] with
            {
                Position = original.Position is { } p ? p with { X = p.X + 320 * offset, Y = p.Y + (offset == 0 ? 0 : 240) } : null,
                Comment = i == main ? original.Comment : tables[i].Comment,
                RowEstimate = i == main ? original.RowEstimate : null,
            };
        }
    }

    private static IEnumerable<DesignOperation> RepointIncoming(Design design, Table original, List<Table> tables,
        List<IReadOnlyDictionary<string, string>> maps, int main, List<Diagnostic> diagnostics)
    {
        foreach (var other in design.Tables)
        {
            if (other.Id == original.Id) continue;
            var position = 0;
            foreach (var fk in other.ForeignKeys)
            {
                if (fk.TargetTableId != original.Id)
                {
                    position++;
                    continue;
                }
                if (Repoint(tables, maps, main, fk.TargetColumnIds) is not { } target)
                {
                    diagnostics.Add(Warn(ReferenceNotRepointed, other, $"foreign_keys/{fk.Name ?? fk.Id}",
                        $"Foreign key {fk.Name ?? fk.Id} of {other.Name} references columns of {original.Name} that no new table has as its key; it is dropped."));
                    continue;
                }
                yield return new AddForeignKey(other.Id, fk with { TargetTableId = target.Table, TargetColumnIds = target.Columns }, position++);
            }
        }
    }

    /// <summary>The new table (the main one first) whose primary key or a unique constraint is exactly the mapped columns.</summary>
    private static (string Table, ValueList<string> Columns)? Repoint(List<Table> tables, List<IReadOnlyDictionary<string, string>> maps,
        int main, ValueList<string> originalColumns)
    {
        foreach (var i in Preferred(tables.Count, main))
        {
            if (!originalColumns.All(maps[i].ContainsKey)) continue;
            var mapped = originalColumns.Select(c => maps[i][c]).ToValueList();
            var keys = tables[i].Uniques.Select(u => u.ColumnIds).Prepend(tables[i].PrimaryKey?.ColumnIds ?? []);
            if (keys.Any(k => k.Count == mapped.Count && k.All(mapped.Contains))) return (tables[i].Id, mapped);
        }
        return null;
    }

    /// <summary>The new table (the main one first) holding all of <paramref name="columnIds"/>, or -1.</summary>
    internal static int Holder(List<IReadOnlyDictionary<string, string>> maps, int main, IEnumerable<string> columnIds)
    {
        var ids = columnIds.ToList();
        foreach (var i in Preferred(maps.Count, main))
        {
            if (ids.All(maps[i].ContainsKey)) return i;
        }
        return -1;
    }

    private static IEnumerable<int> Preferred(int count, int main) =>
        main >= 0 ? Enumerable.Range(0, count).Where(i => i != main).Prepend(main) : Enumerable.Range(0, count);

    internal static Diagnostic Warn(string code, Table table, string part, string message) =>
        new(code, Severity.Warning, $"tables/{table.Name}/{part}", message);
}
