using System.Text;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Exports;

/// <summary>
/// A Mermaid <c>erDiagram</c>: one entity per table with its attributes (type, name, PK/FK/UK markers, comment) and
/// one relationship per foreign key with crow's-foot cardinalities: the referenced end is exactly one (<c>||</c>)
/// when the referencing columns are NOT NULL and zero-or-one (<c>|o</c>) otherwise; the referencing end is
/// zero-or-one (<c>o|</c>) when its columns are a key, else zero-or-many (<c>o{</c>). A relationship is identifying
/// (solid line) when the foreign-key columns are part of the primary key. Names Mermaid cannot take as identifiers
/// get a safe identifier plus a quoted alias; quoted text cannot contain a quote, angle bracket or line break.
/// </summary>
public sealed class MermaidErDiagramExporter : IDesignExporter
{
    /// <inheritdoc />
    public string Name => "mermaid";

    /// <inheritdoc />
    public string FileExtension => "mmd";

    /// <inheritdoc />
    public string MediaType => "text/vnd.mermaid";

    /// <inheritdoc />
    public string Export(Design design, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(options);
        var ids = EntityIds(design);
        var sb = new StringBuilder("erDiagram\n");
        foreach (var t in design.Tables)
        {
            var id = ids[t.Id];
            sb.Append("    ").Append(id);
            if (id != t.QualifiedName) sb.Append("[\"").Append(Text(t.QualifiedName)).Append("\"]");
            if (t.Columns.Count == 0)
            {
                sb.Append('\n');
                continue;
            }
            sb.Append(" {\n");
            foreach (var c in t.Columns) WriteAttribute(sb, design, t, c);
            sb.Append("    }\n");
        }
        foreach (var t in design.Tables)
        {
            foreach (var fk in t.ForeignKeys)
            {
                if (design.FindTable(fk.TargetTableId) is not { } target) continue;
                var columns = fk.ColumnIds.Select(t.FindColumn).ToList();
                var required = columns.All(c => c is { Nullable: false });
                var parentEnd = required ? "||" : "|o";
                var childEnd = IsKey(t, fk.ColumnIds) ? "o|" : "o{";
                var identifying = t.PrimaryKey is { } pk && fk.ColumnIds.All(pk.ColumnIds.Contains);
                var label = fk.Name ?? string.Join(", ", columns.Select(c => c?.Name ?? "?"));
                sb.Append("    ").Append(ids[target.Id]).Append(' ').Append(parentEnd).Append(identifying ? "--" : "..").Append(childEnd)
                    .Append(' ').Append(ids[t.Id]).Append(" : \"").Append(Text(label)).Append("\"\n");
            }
        }
        return sb.ToString();
    }

    private static void WriteAttribute(StringBuilder sb, Design design, Table t, Column c)
    {
        var keys = new List<string>();
        if (t.PrimaryKey?.ColumnIds.Contains(c.Id) == true) keys.Add("PK");
        if (t.ForeignKeys.Any(f => f.ColumnIds.Contains(c.Id))) keys.Add("FK");
        if (t.Uniques.Any(u => u.ColumnIds.Contains(c.Id)) || t.Indexes.Any(i => i.Unique && i.Parts.Any(p => p.ColumnId == c.Id))) keys.Add("UK");
        var name = Identifier(c.Name, "column");
        var comment = c.Comment;
        if (name != c.Name) comment = "column " + c.Name + (comment is null ? "" : ": " + comment);
        sb.Append("        ").Append(Identifier(TypeName(design, c), "type")).Append(' ').Append(name);
        if (keys.Count > 0) sb.Append(' ').Append(string.Join(", ", keys));
        if (comment is not null) sb.Append(" \"").Append(Text(comment)).Append('"');
        sb.Append('\n');
    }

    private static string TypeName(Design design, Column c)
    {
        if (c.Type.Kind == TypeKind.Enum && c.Type.EnumId is { } id && design.FindEnum(id) is { } e) return e.Name + (c.Type.IsArray ? "[]" : "");
        return c.Type.ToString();
    }

    private static bool IsKey(Table t, ValueList<string> ids)
    {
        var set = ids.ToHashSet();
        bool Same(ValueList<string> k) => k.Count == set.Count && k.All(set.Contains);
        return (t.PrimaryKey is { } pk && Same(pk.ColumnIds)) || t.Uniques.Any(u => Same(u.ColumnIds))
            || t.Indexes.Any(i => i.Unique && i.Where is null && i.Parts.All(p => p.ColumnId is not null) && i.Parts.Count == set.Count && i.Parts.All(p => set.Contains(p.ColumnId!)));
    }

    /// <summary>Entity identifiers: the table name when Mermaid accepts it and it is unique, else a safe made-up one.</summary>
    private static Dictionary<string, string> EntityIds(Design design)
    {
        var ids = new Dictionary<string, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in design.Tables)
        {
            var id = Identifier(t.QualifiedName.Replace('.', '_'), "table");
            var candidate = id;
            for (var n = 2; !used.Add(candidate); n++) candidate = id + "_" + n;
            ids[t.Id] = candidate;
        }
        // The alias form is needed whenever the identifier differs from the real name (schemas included).
        return ids;
    }

    /// <summary>
    /// A Mermaid word: letters, digits, '_' and '-', starting with a letter or '_'. Other characters become '_';
    /// parentheses and commas of types (decimal(10,2)) become '(' ')' and '_'.
    /// </summary>
    internal static string Identifier(string name, string fallback)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-') sb.Append(c);
            else if (fallback == "type" && c is '(' or ')' or '[' or ']') sb.Append(c);
            else sb.Append('_');
        }
        if (sb.Length == 0 || !(char.IsAsciiLetter(sb[0]) || sb[0] == '_')) sb.Insert(0, fallback + "_");
        return sb.ToString();
    }

    /// <summary>Text inside Mermaid double quotes: entity codes for '"', '#', '&lt;' and '&gt;', line breaks as spaces.</summary>
    internal static string Text(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '"': sb.Append("#quot;"); break;
                case '#': sb.Append("#35;"); break;
                case '<': sb.Append("#lt;"); break;
                case '>': sb.Append("#gt;"); break;
                default: sb.Append(char.IsControl(c) ? ' ' : c); break;
            }
        }
        return sb.ToString();
    }
}
