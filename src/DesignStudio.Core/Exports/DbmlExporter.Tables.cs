using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DesignStudio.Core.Model;
using ModelIndex = DesignStudio.Core.Model.Index;

namespace DesignStudio.Core.Exports;

public sealed partial class DbmlExporter
{
    /// <summary>Marks an index entry as a unique constraint; the importer reads it back as one.</summary>
    internal const string UniqueConstraintNote = "unique constraint";

    private static void WriteTable(StringBuilder sb, Design design, Table table, ExportOptions options)
    {
        sb.Append('\n');
        var losses = new List<string>();
        if (table.Features.UpdatedAtColumnId is not null) losses.Add("updated-at maintenance");
        if (table.FunctionalDependencies.Count > 0) losses.Add($"{table.FunctionalDependencies.Count} functional dependencies");
        if (losses.Count > 0) sb.Append(DbmlText.Comment("Not expressible in DBML: " + string.Join(", ", losses))).Append('\n');
        sb.Append("Table ").Append(QualifiedName(table.Schema, table.Name)).Append(" {\n");

        var position = table.Columns.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var inlinePk = table.PrimaryKey is { Name: null, ColumnIds.Count: 1 } pk ? pk.ColumnIds[0] : null;
        var inlineUniques = InlineUniques(table, position);

        foreach (var c in table.Columns) WriteColumn(sb, design, c, c.Id == inlinePk, inlineUniques.Contains(c.Id), options);

        var blockLines = new List<string>();
        if (table.PrimaryKey is { } key && inlinePk is null)
        {
            var settings = new List<string> { "pk" };
            if (key.Name is { } n) settings.Add("name: " + DbmlText.String(n));
            blockLines.Add(Tuple(table, key.ColumnIds) + " [" + string.Join(", ", settings) + "]");
        }
        foreach (var u in table.Uniques.Skip(inlineUniques.Count))
        {
            var settings = new List<string> { "unique" };
            if (u.Name is { } n) settings.Add("name: " + DbmlText.String(n));
            settings.Add("note: " + DbmlText.String(UniqueConstraintNote));
            blockLines.Add(Tuple(table, u.ColumnIds) + " [" + string.Join(", ", settings) + "]");
        }
        foreach (var index in table.Indexes) WriteIndex(blockLines, table, index);
        if (blockLines.Count > 0)
        {
            sb.Append("\n  indexes {\n");
            foreach (var l in blockLines) sb.Append("    ").Append(l).Append('\n');
            sb.Append("  }\n");
        }
        if (table.Checks.Count > 0)
        {
            sb.Append("\n  checks {\n");
            foreach (var check in table.Checks)
            {
                if (DbmlText.Expression(check.Expression) is not { } expression)
                {
                    sb.Append("    ").Append(DbmlText.Comment("Check with a backtick, not expressible in DBML: " + check.Expression)).Append('\n');
                    continue;
                }
                sb.Append("    ").Append(expression);
                if (check.Name is { } n) sb.Append(" [name: ").Append(DbmlText.String(n)).Append(']');
                sb.Append('\n');
            }
            sb.Append("  }\n");
        }
        if (table.Comment is { } comment) sb.Append("\n  Note: ").Append(DbmlText.String(comment)).Append('\n');
        sb.Append("}\n");
    }

    /// <summary>
    /// Unnamed single-column unique constraints at the head of the list, in column order, are written as the
    /// column's <c>unique</c> setting; the importer puts those first, so the order survives a round trip.
    /// </summary>
    private static HashSet<string> InlineUniques(Table table, Dictionary<string, int> position)
    {
        var result = new HashSet<string>();
        var last = -1;
        foreach (var u in table.Uniques)
        {
            if (u.Name is not null || u.ColumnIds.Count != 1 || !position.TryGetValue(u.ColumnIds[0], out var p) || p <= last) break;
            result.Add(u.ColumnIds[0]);
            last = p;
        }
        return result;
    }

    private static void WriteColumn(StringBuilder sb, Design design, Column c, bool pk, bool unique, ExportOptions options)
    {
        var settings = new List<string>();
        var losses = new List<string>();
        if (pk) settings.Add("pk");
        if (c.Identity != IdentityKind.None) settings.Add("increment");
        if (c.Identity == IdentityKind.Always) losses.Add("GENERATED ALWAYS (DBML increment means by default)");
        if (!c.Nullable && !pk) settings.Add("not null");
        if (unique) settings.Add("unique");
        if (c.Default is { } d)
        {
            if (DefaultText(d, c.Type) is { } text) settings.Add("default: " + text);
            else losses.Add("default " + d.Value);
        }
        if (c.Comment is { } note) settings.Add("note: " + DbmlText.String(note));
        var type = TypeText(design, c, options);
        if (options.Dialect is null && c.NativeTypes.Count > 0)
            losses.Add("native types " + string.Join(", ", c.NativeTypes.Select(n => n.Dialect + ": " + n.TypeName)));
        if (losses.Count > 0) sb.Append("  ").Append(DbmlText.Comment(c.Name + ": not expressible in DBML: " + string.Join("; ", losses))).Append('\n');
        sb.Append("  ").Append(DbmlText.Name(c.Name)).Append(' ').Append(type);
        if (settings.Count > 0) sb.Append(" [").Append(string.Join(", ", settings)).Append(']');
        sb.Append('\n');
    }

    private static readonly Regex PlainNumber = new(@"^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex PlainType = new(@"^[A-Za-z_][A-Za-z0-9_]*(\([0-9]+(,[0-9]+)?\))?$", RegexOptions.CultureInvariant);

    private static string? DefaultText(ColumnDefault d, LogicalType type) => d.Kind switch
    {
        DefaultKind.CurrentTimestamp => "`now()`",
        DefaultKind.CurrentDate => "`current_date`",
        DefaultKind.RandomUuid => "`gen_random_uuid()`",
        DefaultKind.Expression => DbmlText.Expression(d.Value ?? "NULL"),
        _ when d.Value is null => null,
        _ when !type.IsQuotedLiteral && PlainNumber.IsMatch(d.Value) => d.Value,
        _ when type.Kind == TypeKind.Boolean && d.Value is "true" or "false" => d.Value,
        _ => DbmlText.String(d.Value),
    };

    private static string TypeText(Design design, Column c, ExportOptions options)
    {
        if (options.Dialect is { } dialect && c.NativeTypeFor(dialect) is { } native)
            return PlainType.IsMatch(native) ? native : DbmlText.Name(native);
        var t = c.Type;
        var text = t.Kind switch
        {
            TypeKind.Uuid => "uuid",
            TypeKind.Text => "text",
            TypeKind.Varchar => t.Length is { } n ? $"varchar({n})" : "varchar",
            TypeKind.Char => t.Length is { } n ? $"char({n})" : "char",
            TypeKind.Int16 => "smallint",
            TypeKind.Int32 => "int",
            TypeKind.Int64 => "bigint",
            TypeKind.Decimal => t.Precision is { } p ? (t.Scale is { } s ? $"decimal({p},{s})" : $"decimal({p})") : "decimal",
            TypeKind.Float32 => "real",
            TypeKind.Float64 => "\"double precision\"",
            TypeKind.Boolean => "boolean",
            TypeKind.Date => "date",
            TypeKind.Time => WithPrecision("time", t),
            TypeKind.Timestamp => WithPrecision("timestamp", t),
            TypeKind.TimestampTz => WithPrecision("timestamptz", t),
            TypeKind.Interval => "interval",
            TypeKind.Json => "json",
            TypeKind.Binary => t.Length is { } n ? $"binary({n})" : "blob",
            TypeKind.Enum => t.EnumId is { } id && design.FindEnum(id) is { } e ? QualifiedName(e.Schema, e.Name) : "text",
            _ => "text",
        };
        return text + (t.IsArray ? "[]" : "");
    }

    private static string WithPrecision(string name, LogicalType t) =>
        t.Precision is { } p ? name + "(" + p.ToString(CultureInfo.InvariantCulture) + ")" : name;

    private static void WriteIndex(List<string> lines, Table table, ModelIndex index)
    {
        var losses = new List<string>();
        if (index.Where is { } where) losses.Add("WHERE " + where);
        if (index.IncludeColumnIds.Count > 0)
            losses.Add("INCLUDE (" + string.Join(", ", index.IncludeColumnIds.Select(id => table.FindColumn(id)?.Name ?? id)) + ")");
        var parts = new List<string>();
        foreach (var p in index.Parts)
        {
            if (p.PrefixLength is { } prefix) losses.Add($"prefix length {prefix}");
            if (p.ColumnId is { } id)
            {
                var name = table.FindColumn(id)?.Name ?? id;
                parts.Add(p.Descending ? "`" + SqlName(name) + " DESC`" : DbmlText.Name(name));
            }
            else if (DbmlText.Expression(p.Expression ?? "") is { } e) parts.Add(e);
            else
            {
                lines.Add(DbmlText.Comment($"Index {index.Name} has an expression with a backtick, not expressible in DBML: {p.Expression}"));
                return;
            }
        }
        if (losses.Count > 0) lines.Add(DbmlText.Comment($"Index {index.Name}: not expressible in DBML: " + string.Join("; ", losses)));
        var settings = new List<string>();
        if (index.Unique) settings.Add("unique");
        if (index.Name is { } n) settings.Add("name: " + DbmlText.String(n));
        if (index.Method != IndexMethod.BTree) settings.Add("type: " + index.Method.ToString().ToLowerInvariant());
        lines.Add("(" + string.Join(", ", parts) + ")" + (settings.Count > 0 ? " [" + string.Join(", ", settings) + "]" : ""));
    }

    /// <summary>A column name inside an `expression`: plain, or double-quoted SQL style.</summary>
    private static string SqlName(string name) =>
        DbmlText.IsPlainIdentifier(name) && !name.Contains('`') ? name : "\"" + name.Replace("\"", "\"\"").Replace("`", "") + "\"";

    private static string Tuple(Table table, IEnumerable<string> columnIds) =>
        "(" + string.Join(", ", columnIds.Select(id => DbmlText.Name(table.FindColumn(id)?.Name ?? id))) + ")";

    private static void WriteRef(StringBuilder sb, Design design, Table table, ForeignKey fk)
    {
        if (design.FindTable(fk.TargetTableId) is not { } target)
        {
            sb.Append('\n').Append(DbmlText.Comment($"Foreign key {fk.Name} of {table.Name} points to a missing table; not written.")).Append('\n');
            return;
        }
        var child = Endpoint(table, fk.ColumnIds);
        var parent = Endpoint(target, fk.TargetColumnIds);
        // One-to-one when the referencing columns are themselves a key; DBML's '-' puts the referencing side second.
        var oneToOne = IsKey(table, fk.ColumnIds);
        sb.Append("\nRef");
        if (fk.Name is { } name) sb.Append(' ').Append(DbmlText.Name(name));
        sb.Append(": ").Append(oneToOne ? parent + " - " + child : child + " > " + parent);
        var settings = new List<string>();
        if (fk.OnDelete is { } del) settings.Add("delete: " + ActionText(del));
        if (fk.OnUpdate is { } upd) settings.Add("update: " + ActionText(upd));
        if (settings.Count > 0) sb.Append(" [").Append(string.Join(", ", settings)).Append(']');
        sb.Append('\n');
    }

    private static bool IsKey(Table table, ValueList<string> columnIds)
    {
        var set = columnIds.ToHashSet();
        bool Same(ValueList<string> ids) => ids.Count == set.Count && ids.All(set.Contains);
        return (table.PrimaryKey is { } pk && Same(pk.ColumnIds)) || table.Uniques.Any(u => Same(u.ColumnIds));
    }

    private static string Endpoint(Table table, ValueList<string> columnIds)
    {
        var names = columnIds.Select(id => DbmlText.Name(table.FindColumn(id)?.Name ?? id)).ToList();
        return QualifiedName(table.Schema, table.Name) + "." + (names.Count == 1 ? names[0] : "(" + string.Join(", ", names) + ")");
    }

    private static string ActionText(ReferentialAction action) => action switch
    {
        ReferentialAction.Cascade => "cascade",
        ReferentialAction.Restrict => "restrict",
        ReferentialAction.SetNull => "set null",
        ReferentialAction.SetDefault => "set default",
        _ => "no action",
    };
}
