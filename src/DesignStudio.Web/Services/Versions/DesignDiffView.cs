using DesignStudio.Core.Diff;
using DesignStudio.Core.Model;
using DesignStudio.Web.Canvas;

namespace DesignStudio.Web.Services.Versions;

/// <summary>
/// A diff between two designs, prepared for display: the list of changes, and a design to draw that holds the newer
/// version plus what was removed (whole tables and columns, taken from the older version) with the marks to colour.
/// </summary>
public sealed record DesignDiffView(IReadOnlyList<DiffEntry> Entries, Design Drawn, DiffHighlights Highlights)
{
    /// <summary>Builds the view of the changes from <paramref name="from"/> to <paramref name="to"/> (matched by stable id).</summary>
    public static DesignDiffView Build(Design from, Design to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var diff = SchemaDiffer.Diff(from, to);
        var tables = new Dictionary<string, DiffMark>(StringComparer.Ordinal);
        var columns = new Dictionary<(string, string), DiffMark>();
        var removedColumns = new Dictionary<string, List<Column>>(StringComparer.Ordinal);
        var entries = new List<DiffEntry>();
        foreach (var change in diff.Changes)
        {
            var mark = MarkOf(change);
            entries.Add(new DiffEntry(mark, change.Describe()));
            switch (change)
            {
                case AddTable a: tables[a.Table.Id] = DiffMark.Added; break;
                case DropTable d: tables[d.Table.Id] = DiffMark.Removed; break;
                case TableChange t:
                    tables.TryAdd(t.TableId, DiffMark.Changed);
                    if (t is AddColumn ac) columns[(t.TableId, ac.Column.Id)] = DiffMark.Added;
                    else if (t is DropColumn dc)
                    {
                        columns[(t.TableId, dc.Column.Id)] = DiffMark.Removed;
                        if (!removedColumns.TryGetValue(t.TableId, out var list)) removedColumns[t.TableId] = list = [];
                        list.Add(dc.Column);
                    }
                    else if (t is AlterColumn al) columns.TryAdd((t.TableId, al.ToColumn.Id), DiffMark.Changed);
                    else if (t is RenameColumn rc) columns.TryAdd((t.TableId, rc.ToColumn.Id), DiffMark.Changed);
                    break;
            }
        }
        return new DesignDiffView(entries, DrawnDesign(from, to, removedColumns), new DiffHighlights(tables, columns));
    }

    /// <summary>Counts of added, removed and changed entries.</summary>
    public (int Added, int Removed, int Changed) Counts() =>
        (Entries.Count(e => e.Mark == DiffMark.Added), Entries.Count(e => e.Mark == DiffMark.Removed), Entries.Count(e => e.Mark == DiffMark.Changed));

    private static DiffMark MarkOf(SchemaChange change) => change switch
    {
        AddTable or AddColumn or AddIndex or AddCheck or AddUnique or AddPrimaryKey or AddForeignKey or CreateEnum or AddEnumValue or AddUpdatedAt => DiffMark.Added,
        DropTable or DropColumn or DropIndex or DropCheck or DropUnique or DropPrimaryKey or DropForeignKey or DropEnum or DropUpdatedAt => DiffMark.Removed,
        _ => DiffMark.Changed,
    };

    // The newer design, with removed tables (and their old positions) and removed columns (at their old places) put back.
    private static Design DrawnDesign(Design from, Design to, Dictionary<string, List<Column>> removedColumns)
    {
        var drawn = new List<Table>();
        foreach (var table in to.Tables)
        {
            if (!removedColumns.TryGetValue(table.Id, out var removed) || from.FindTable(table.Id) is not { } old)
            {
                drawn.Add(table);
                continue;
            }
            var cols = table.Columns.ToList();
            foreach (var column in removed)
            {
                var at = old.Columns.ToList().FindIndex(c => c.Id == column.Id);
                cols.Insert(Math.Clamp(at, 0, cols.Count), column);
            }
            drawn.Add(table with { Columns = cols.ToValueList() });
        }
        var kept = to.Tables.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        // Removed tables keep only foreign keys to tables that are still drawn.
        var allIds = kept.Concat(from.Tables.Select(t => t.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var table in from.Tables.Where(t => !kept.Contains(t.Id)))
        {
            drawn.Add(table with { ForeignKeys = table.ForeignKeys.Where(f => allIds.Contains(f.TargetTableId)).ToValueList() });
        }
        return to with { Tables = drawn.ToValueList() };
    }
}
