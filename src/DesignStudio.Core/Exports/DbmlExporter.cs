using System.Text;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Exports;

/// <summary>
/// Writes a design as DBML (dbdiagram.io), in the subset the DBML importer reads back to an equal design (up to ids):
/// project, enums (value notes), tables (column settings, notes, indexes, checks), refs, table groups and sticky notes.
/// What DBML cannot say (e.g. partial-index predicates, INCLUDE columns, GENERATED ALWAYS, verbatim SQL) is written
/// as // comments next to the object.
/// </summary>
public sealed partial class DbmlExporter : IDesignExporter
{
    /// <inheritdoc />
    public string Name => "dbml";

    /// <inheritdoc />
    public string FileExtension => "dbml";

    /// <inheritdoc />
    public string MediaType => "text/plain";

    /// <summary>dbdiagram.io's database_type names for our dialects.</summary>
    public static string? DatabaseTypeOf(string? dialect) => dialect switch
    {
        DialectNames.PostgreSql => "PostgreSQL",
        DialectNames.MySql => "MySQL",
        DialectNames.MariaDb => "MariaDB",
        DialectNames.Sqlite => "SQLite",
        DialectNames.SqlServer => "SQL Server",
        _ => null,
    };

    /// <inheritdoc />
    public string Export(Design design, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(options);
        var sb = new StringBuilder();
        WriteProject(sb, design, options);
        foreach (var e in design.Enums) WriteEnum(sb, e);
        foreach (var t in design.Tables) WriteTable(sb, design, t, options);
        foreach (var t in design.Tables)
        {
            foreach (var fk in t.ForeignKeys) WriteRef(sb, design, t, fk);
        }
        foreach (var a in design.Areas) WriteArea(sb, design, a);
        for (var i = 0; i < design.Notes.Count; i++)
        {
            sb.Append('\n').Append("Note ").Append(DbmlText.Name("note_" + (i + 1))).Append(" {\n  ")
                .Append(DbmlText.String(design.Notes[i].Text)).Append("\n}\n");
        }
        foreach (var v in design.Verbatim)
        {
            sb.Append('\n').Append(DbmlText.Comment($"Not expressible in DBML: {v.Kind} {v.Name} ({v.Dialect}), SQL kept in the design:")).Append('\n');
            foreach (var line in v.Sql.ReplaceLineEndings("\n").Split('\n')) sb.Append(DbmlText.Comment("  " + line)).Append('\n');
        }
        return sb.ToString();
    }

    private static void WriteProject(StringBuilder sb, Design design, ExportOptions options)
    {
        sb.Append("Project ").Append(DbmlText.Name(design.Name)).Append(" {\n");
        if (DatabaseTypeOf(options.Dialect) is { } databaseType) sb.Append("  database_type: ").Append(DbmlText.String(databaseType)).Append('\n');
        if (design.Comment is { } comment) sb.Append("  Note: ").Append(DbmlText.String(comment)).Append('\n');
        sb.Append("}\n");
    }

    private static void WriteEnum(StringBuilder sb, EnumType e)
    {
        sb.Append('\n');
        var notes = ValueNotes(e);
        if (e.Comment is { } comment && notes is null) sb.Append(DbmlText.Comment("Enum comment (not expressible in DBML): " + comment)).Append('\n');
        sb.Append("Enum ").Append(QualifiedName(e.Schema, e.Name)).Append(" {\n");
        foreach (var v in e.Values)
        {
            sb.Append("  ").Append(DbmlText.Name(v));
            if (notes is not null && notes.TryGetValue(v, out var note)) sb.Append(" [note: ").Append(DbmlText.String(note)).Append(']');
            sb.Append('\n');
        }
        sb.Append("}\n");
    }

    /// <summary>
    /// The importer keeps enum value notes in the enum comment as "value: note" lines; when the comment has exactly
    /// that shape it is written back as value notes.
    /// </summary>
    private static Dictionary<string, string>? ValueNotes(EnumType e)
    {
        if (e.Comment is null) return null;
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = e.Comment.Split('\n');
        var position = -1;
        foreach (var line in lines)
        {
            var match = e.Values.Select((v, i) => (v, i)).Where(x => x.i > position && line.StartsWith(x.v + ": ", StringComparison.Ordinal)).ToList();
            if (match.Count == 0) return null;
            var (value, index) = match[0];
            notes[value] = line[(value.Length + 2)..];
            position = index;
        }
        return notes;
    }

    private static void WriteArea(StringBuilder sb, Design design, SubjectArea area)
    {
        sb.Append('\n');
        var colorIsDefault = area.Color == new SubjectArea { Id = "", Name = "" }.Color;
        var colorOk = IsColorLiteral(area.Color);
        if (!colorIsDefault && !colorOk) sb.Append(DbmlText.Comment("Colour not expressible in DBML: " + area.Color)).Append('\n');
        sb.Append("TableGroup ").Append(DbmlText.Name(area.Name));
        if (!colorIsDefault && colorOk) sb.Append(" [color: ").Append(area.Color).Append(']');
        sb.Append(" {\n");
        foreach (var id in area.TableIds)
        {
            if (design.FindTable(id) is { } t) sb.Append("  ").Append(QualifiedName(t.Schema, t.Name)).Append('\n');
        }
        sb.Append("}\n");
    }

    private static bool IsColorLiteral(string color) =>
        color.Length > 1 && color[0] == '#' && color.Skip(1).All(char.IsAsciiLetterOrDigit);

    private static string QualifiedName(string? schema, string name) =>
        (schema is null ? "" : DbmlText.Name(schema) + ".") + DbmlText.Name(name);
}
