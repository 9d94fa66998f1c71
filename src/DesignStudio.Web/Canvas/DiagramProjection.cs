using System.Collections.Immutable;
using Blazor.Diagrams.Core;
using Blazor.Diagrams.Core.Geometry;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// Keeps a Blazor.Diagrams diagram in step with the design: one <see cref="TableNodeModel"/> per table and one
/// <see cref="ForeignKeyLinkModel"/> per foreign key. After each operation only the nodes whose table (or badge) changed
/// are refreshed, so the browser re-renders just those.
/// </summary>
public sealed class DiagramProjection
{
    private readonly Diagram diagram;
    private readonly Dictionary<string, TableNodeModel> nodes = [];
    private readonly Dictionary<string, (ForeignKey Key, ForeignKeyLinkModel Link)> links = [];
    private ImmutableArray<EnumType> projectedEnums;

    /// <summary>Projects onto <paramref name="diagram"/>.</summary>
    public DiagramProjection(Diagram diagram) => this.diagram = diagram;

    /// <summary>The node of each table, by table id.</summary>
    public IReadOnlyDictionary<string, TableNodeModel> Nodes => nodes;

    /// <summary>The link of each foreign key, by foreign-key id.</summary>
    public IEnumerable<ForeignKeyLinkModel> Links => links.Values.Select(l => l.Link);

    /// <summary>Where a table without a stored position is drawn (a grid in table order).</summary>
    public static Point DefaultPosition(int index) => new(40 + index % 5 * 300, 40 + index / 5 * 340);

    /// <summary>
    /// Brings the diagram in line with <paramref name="design"/> and the badges in line with
    /// <paramref name="diagnostics"/>. Returns how many existing nodes were refreshed (new nodes render anyway).
    /// </summary>
    public int Sync(Design design, IReadOnlyList<Diagnostic> diagnostics)
    {
        var refreshed = 0;
        var badges = CountByTable(design, diagnostics);
        // Lookups by id: Design.FindTable is a linear scan, and a sync touches every foreign key.
        var byId = new Dictionary<string, Table>(design.Tables.Count, StringComparer.Ordinal);
        foreach (var t in design.Tables) byId.TryAdd(t.Id, t);
        // Rows show enum names, so a changed enum list re-projects every table; otherwise an unchanged table (same
        // instance: the model is immutable) is skipped, and so are the links between unchanged tables.
        var enums = design.Enums.AsImmutableArray();
        var enumsChanged = projectedEnums.IsDefault || projectedEnums != enums; // == compares the underlying arrays
        projectedEnums = enums;
        var changedTables = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (fkId, (_, link)) in links.ToList())
        {
            if (!byId.TryGetValue(link.TableId, out var owner) || !owner.ForeignKeys.Any(f => f.Id == fkId)) RemoveLink(fkId);
        }
        foreach (var (tableId, node) in nodes.ToList())
        {
            if (byId.ContainsKey(tableId)) continue;
            foreach (var fk in links.Where(l => l.Value.Key.TargetTableId == tableId).Select(l => l.Key).ToList()) RemoveLink(fk);
            diagram.Nodes.Remove(node);
            nodes.Remove(tableId);
        }

        for (var i = 0; i < design.Tables.Count; i++)
        {
            var table = design.Tables[i];
            badges.TryGetValue(table.Id, out var badge);
            nodes.TryGetValue(table.Id, out var node);
            if (node is not null && !enumsChanged && ReferenceEquals(node.Table, table))
            {
                var placed = table.Position is not { } at0 || (node.Position.X == at0.X && node.Position.Y == at0.Y);
                if (placed && node.DiagnosticCount == badge.Count && node.WorstSeverity == badge.Worst) continue;
            }
            else
            {
                changedTables.Add(table.Id);
            }
            var rows = RowsOf(design, table);
            if (node is null)
            {
                var at = table.Position is { } p ? new Point(p.X, p.Y) : DefaultPosition(i);
                node = new TableNodeModel(table, at) { ProjectedPosition = at };
                node.Update(table, rows);
                (node.DiagnosticCount, node.WorstSeverity) = badge;
                nodes[table.Id] = node;
                diagram.Nodes.Add(node);
                continue;
            }
            var changed = false;
            if (node.Update(table, rows))
            {
                // Links on ports that went away must go before the ports do; they are re-added below.
                foreach (var fk in links.Where(l => l.Value.Link.Source.Model is ColumnPortModel s && s.Parent == node
                             || l.Value.Link.Target.Model is ColumnPortModel t && t.Parent == node).Select(l => l.Key).ToList())
                {
                    if (!StillAttached(links[fk].Link)) RemoveLink(fk);
                }
                changed = true;
            }
            if (table.Position is { } pos && (node.Position.X != pos.X || node.Position.Y != pos.Y))
            {
                node.SetPosition(pos.X, pos.Y);
                node.ProjectedPosition = node.Position;
                changed = true;
            }
            if (node.DiagnosticCount != badge.Count || node.WorstSeverity != badge.Worst)
            {
                (node.DiagnosticCount, node.WorstSeverity) = badge;
                changed = true;
            }
            if (changed)
            {
                node.Refresh();
                node.RefreshLinks();
                refreshed++;
            }
        }

        foreach (var table in design.Tables)
        {
            foreach (var fk in table.ForeignKeys)
            {
                if (!changedTables.Contains(table.Id) && !changedTables.Contains(fk.TargetTableId)
                    && links.TryGetValue(fk.Id, out var existing) && StillAttached(existing.Link)) continue;
                SyncLink(byId, table, fk);
            }
        }
        return refreshed;
    }

    private void SyncLink(IReadOnlyDictionary<string, Table> byId, Table table, ForeignKey fk)
    {
        if (links.TryGetValue(fk.Id, out var existing))
        {
            if (existing.Key == fk && StillAttached(existing.Link) && Same(existing.Link, byId, table, fk)) return;
            RemoveLink(fk.Id);
        }
        if (fk.ColumnIds.Count == 0 || fk.TargetColumnIds.Count == 0) return;
        if (!nodes.TryGetValue(table.Id, out var from) || !nodes.TryGetValue(fk.TargetTableId, out var to)) return;
        if (from.PortOf(fk.ColumnIds[0]) is not { } fromPort || to.PortOf(fk.TargetColumnIds[0]) is not { } toPort || fromPort == toPort) return;
        var cardinality = CardinalityOf(table, fk);
        var link = new ForeignKeyLinkModel(fk.Id, table.Id, fromPort, toPort)
        {
            Cardinality = cardinality,
            Title = TitleOf(byId, table, fk, cardinality),
            SourceMarker = CrowsFootMarkers.ChildEnd(cardinality),
            TargetMarker = CrowsFootMarkers.ParentEnd(cardinality),
        };
        links[fk.Id] = (fk, link);
        diagram.Links.Add(link);
    }

    private static bool Same(ForeignKeyLinkModel link, IReadOnlyDictionary<string, Table> byId, Table table, ForeignKey fk) =>
        link.Cardinality == CardinalityOf(table, fk) && link.Title == TitleOf(byId, table, fk, link.Cardinality);

    private static bool StillAttached(ForeignKeyLinkModel link) =>
        link.Source.Model is ColumnPortModel s && s.Parent.Ports.Contains(s)
        && link.Target.Model is ColumnPortModel t && t.Parent.Ports.Contains(t);

    private void RemoveLink(string fkId)
    {
        if (!links.Remove(fkId, out var entry)) return;
        diagram.Links.Remove(entry.Link);
    }

    /// <summary>Crow's-foot meaning of a foreign key: many children unless its columns are unique; optional if nullable.</summary>
    public static Cardinality CardinalityOf(Table table, ForeignKey fk)
    {
        var columns = fk.ColumnIds.ToHashSet();
        var unique = table.PrimaryKey is { } pk && pk.ColumnIds.ToHashSet().SetEquals(columns)
            || table.Uniques.Any(u => u.ColumnIds.ToHashSet().SetEquals(columns));
        var optional = fk.ColumnIds.Any(id => table.FindColumn(id)?.Nullable ?? true);
        return new Cardinality(!unique, optional);
    }

    private static string TitleOf(IReadOnlyDictionary<string, Table> byId, Table table, ForeignKey fk, Cardinality cardinality)
    {
        var target = byId.GetValueOrDefault(fk.TargetTableId);
        var from = string.Join(", ", fk.ColumnIds.Select(id => table.FindColumn(id)?.Name ?? id));
        var to = string.Join(", ", fk.TargetColumnIds.Select(id => target?.FindColumn(id)?.Name ?? id));
        return $"{fk.Name ?? "foreign key"}: {table.Name}({from}) → {target?.Name}({to}), {cardinality}";
    }

    /// <summary>The rows a node shows for <paramref name="table"/>, with their key markers.</summary>
    public static IReadOnlyList<ColumnRow> RowsOf(Design design, Table table)
    {
        var pk = table.PrimaryKey?.ColumnIds.ToHashSet() ?? [];
        var fks = table.ForeignKeys.SelectMany(f => f.ColumnIds).ToHashSet();
        var uniques = table.Uniques.SelectMany(u => u.ColumnIds).ToHashSet();
        var rows = new ColumnRow[table.Columns.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var c = table.Columns[i];
            var type = c.Type.Kind == TypeKind.Enum && c.Type.EnumId is { } e && design.FindEnum(e) is { } en
                ? en.Name + (c.Type.IsArray ? "[]" : "")
                : LogicalTypeText.Format(c.Type);
            rows[i] = new ColumnRow(c.Id, c.Name, type, pk.Contains(c.Id), fks.Contains(c.Id), uniques.Contains(c.Id), !c.Nullable);
        }
        return rows;
    }

    private static Dictionary<string, (int Count, Severity? Worst)> CountByTable(Design design, IReadOnlyList<Diagnostic> diagnostics)
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in design.Tables) byPath.TryAdd("tables/" + t.QualifiedName, t.Id);
        var counts = new Dictionary<string, (int Count, Severity? Worst)>();
        foreach (var d in diagnostics)
        {
            if (!d.Path.StartsWith("tables/", StringComparison.Ordinal)) continue;
            var slash = d.Path.IndexOf('/', "tables/".Length);
            var head = slash < 0 ? d.Path : d.Path[..slash];
            if (!byPath.TryGetValue(head, out var id) && !byPath.TryGetValue(d.Path, out id)) continue;
            counts.TryGetValue(id, out var c);
            counts[id] = (c.Count + 1, c.Worst is { } w && w >= d.Severity ? w : d.Severity);
        }
        return counts;
    }
}
