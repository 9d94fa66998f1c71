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
        var links = new Dictionary<string, DiffMark>(StringComparer.Ordinal);
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
                case AddForeignKey af:
                    // A foreign key dropped and added again (its definition changed) is one changed link.
                    links[af.Key.Id] = links.ContainsKey(af.Key.Id) ? DiffMark.Changed : DiffMark.Added;
                    tables.TryAdd(af.TableId, DiffMark.Changed);
                    break;
                case DropForeignKey df:
                    links[df.Key.Id] = links.ContainsKey(df.Key.Id) ? DiffMark.Changed : DiffMark.Removed;
                    tables.TryAdd(df.TableId, DiffMark.Changed);
                    break;
                case RenameConstraint { Kind: ConstraintKind.ForeignKey } rk:
                    links.TryAdd(rk.ObjectId, DiffMark.Changed);
                    tables.TryAdd(rk.TableId, DiffMark.Changed);
                    break;
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
        var removedLinks = links.Where(l => l.Value == DiffMark.Removed).Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        return new DesignDiffView(entries, DiffDrawing.Draw(from, to, removedColumns, removedLinks), new DiffHighlights(tables, columns) { Links = links });
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
}
