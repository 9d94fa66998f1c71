using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import.Dbml;

internal sealed partial class DbmlDesignBuilder
{
    private void AddRelationship(PendingRef r)
    {
        var path = "refs/" + (r.Name ?? r.Left + " " + r.Operator + " " + r.Right);
        var left = Resolve(r.Left, path);
        var right = Resolve(r.Right, path);
        if (left is null || right is null) return;
        if (left.Value.Columns.Count != right.Value.Columns.Count)
        {
            Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Error, path, "Both sides of a relationship must list the same number of columns.", r.Position);
            return;
        }
        if (r.Operator == "<>")
        {
            AddJunctionTable(r, left.Value, right.Value, path);
            return;
        }
        // '>' : the left side references the right. '<' : the right references the left. '-' : one-to-one, the
        // second endpoint holds the key in short and long form, the column carrying the setting in inline form.
        var leftIsChild = r.Operator == ">" || (r.Operator == "-" && r.Inline);
        var (child, parent) = leftIsChild ? (left.Value, right.Value) : (right.Value, left.Value);
        ReferentialAction? onDelete = null, onUpdate = null;
        foreach (var s in r.Settings)
        {
            switch (s.Key)
            {
                case "delete": onDelete = ActionOf(s, path); break;
                case "update": onUpdate = ActionOf(s, path); break;
                case "color": ReportIgnored(path, "Relationship colours are not kept.", s.Position); break;
                default: Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Warning, path, $"Unknown relationship setting '{s.Key}'.", s.Position); break;
            }
        }
        var columnIds = child.Columns.Select(c => c.Id).ToValueList();
        var targetIds = parent.Columns.Select(c => c.Id).ToValueList();
        if (child.Table.ForeignKeys.Any(f => f.ColumnIds == columnIds && f.TargetTableId == parent.Table.Id && f.TargetColumnIds == targetIds))
        {
            Report(DbmlDiagnosticCodes.DuplicateName, Severity.Warning, path, "The same relationship is defined twice; the repeat is skipped.", r.Position);
            return;
        }
        child.Table.ForeignKeys.Add(new ForeignKey
        {
            Id = ObjectId.Derive("fk", child.Table.Key + "(" + string.Join(",", child.Columns.Select(c => c.Name)) + ")->"
                + parent.Table.Key + "(" + string.Join(",", parent.Columns.Select(c => c.Name)) + ")"),
            Name = r.Name,
            ColumnIds = columnIds,
            TargetTableId = parent.Table.Id,
            TargetColumnIds = targetIds,
            OnDelete = onDelete,
            OnUpdate = onUpdate,
        });
    }

    private (DbmlTableBuilder Table, List<Column> Columns)? Resolve(DbmlEndpoint endpoint, string path)
    {
        var table = FindTable(endpoint.Schema, endpoint.Table);
        if (table is null)
        {
            Report(DbmlDiagnosticCodes.UnresolvedName, Severity.Error, path,
                $"Relationship names an unknown table '{(endpoint.Schema is null ? "" : endpoint.Schema + ".")}{endpoint.Table}'.", endpoint.Position);
            return null;
        }
        var columns = new List<Column>();
        foreach (var name in endpoint.Columns)
        {
            var column = table.FindColumn(name);
            if (column is null)
            {
                Report(DbmlDiagnosticCodes.UnresolvedName, Severity.Error, path, $"Relationship names an unknown column '{table.Name}.{name}'.", endpoint.Position);
                return null;
            }
            columns.Add(column);
        }
        return (table, columns);
    }

    private ReferentialAction? ActionOf(DbmlSetting setting, string path)
    {
        var text = setting.Value?.Text.ToLowerInvariant();
        switch (text)
        {
            case "cascade": return ReferentialAction.Cascade;
            case "restrict": return ReferentialAction.Restrict;
            case "set null": return ReferentialAction.SetNull;
            case "set default": return ReferentialAction.SetDefault;
            case "no action": return ReferentialAction.NoAction;
            default:
                Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Error, path,
                    $"'{setting.Key}' must be cascade, restrict, set null, set default or no action, not '{setting.Value?.Text}'.", setting.Position);
                return null;
        }
    }

    /// <summary>
    /// A many-to-many relationship becomes a junction table <c>left_right</c> with a column per referenced column
    /// (named <c>table_column</c>), a composite primary key and a foreign key to each side, as dbdiagram's SQL
    /// export does.
    /// </summary>
    private void AddJunctionTable(PendingRef r, (DbmlTableBuilder Table, List<Column> Columns) left,
        (DbmlTableBuilder Table, List<Column> Columns) right, string path)
    {
        var name = left.Table.Name + "_" + right.Table.Name;
        var key = KeyOf(left.Table.Schema, name);
        if (tables.ContainsKey(key))
        {
            Report(DbmlDiagnosticCodes.DuplicateName, Severity.Error, path, $"Many-to-many relationship needs a junction table '{name}', but a table of that name exists; skipped.", r.Position);
            return;
        }
        var junction = new DbmlTableBuilder(ObjectId.Derive("tbl", key), left.Table.Schema, name, key);
        tables[key] = junction;
        tableOrder.Add(junction);
        var leftIds = AddJunctionColumns(junction, left);
        var rightIds = AddJunctionColumns(junction, right);
        junction.PrimaryKeyColumnIds.AddRange(leftIds.Concat(rightIds));
        foreach (var (ids, side) in new[] { (leftIds, left), (rightIds, right) })
        {
            junction.ForeignKeys.Add(new ForeignKey
            {
                Id = ObjectId.Derive("fk", key + "->" + side.Table.Key + "#" + junction.ForeignKeys.Count),
                ColumnIds = ids.ToValueList(),
                TargetTableId = side.Table.Id,
                TargetColumnIds = side.Columns.Select(c => c.Id).ToValueList(),
            });
        }
        Report(DbmlDiagnosticCodes.JunctionTable, Severity.Info, "tables/" + name,
            $"Many-to-many relationship {r.Left} <> {r.Right} became junction table '{name}' with two foreign keys.", r.Position);
    }

    private static List<string> AddJunctionColumns(DbmlTableBuilder junction, (DbmlTableBuilder Table, List<Column> Columns) side)
    {
        var ids = new List<string>();
        foreach (var c in side.Columns)
        {
            var name = side.Table.Name + "_" + c.Name;
            for (var n = 2; junction.FindColumn(name) is not null; n++) name = side.Table.Name + "_" + c.Name + "_" + n;
            var column = new Column
            {
                Id = ObjectId.Derive("col", junction.Key + "." + name),
                Name = name,
                Type = c.Type,
                NativeTypes = c.NativeTypes,
                Nullable = false,
            };
            junction.Columns.Add(column);
            ids.Add(column.Id);
        }
        return ids;
    }
}
