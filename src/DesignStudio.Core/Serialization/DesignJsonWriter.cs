using System.Text.Encodings.Web;
using System.Text.Json;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Serialization;

/// <summary>
/// Writes a design in the file format: fixed property order, model order for lists, nulls, empty optional lists and
/// defaults omitted, two-space indentation, "\n" line ends and a trailing newline, so designs diff cleanly.
/// </summary>
internal sealed class DesignJsonWriter(Utf8JsonWriter w)
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Keep non-ASCII names readable in diffs; the file is UTF-8.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(Design design)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("format", DesignFile.FormatName);
            writer.WriteNumber("version", DesignFile.CurrentVersion);
            writer.WritePropertyName("design");
            new DesignJsonWriter(writer).WriteDesign(design);
            writer.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private void WriteDesign(Design d)
    {
        w.WriteStartObject();
        w.WriteString("name", d.Name);
        Opt("comment", d.Comment);
        Objects("tables", d.Tables, WriteTable);
        Objects("enums", d.Enums, WriteEnum);
        Objects("areas", d.Areas, WriteArea);
        Objects("notes", d.Notes, WriteNote);
        Objects("verbatim", d.Verbatim, WriteVerbatim);
        Objects("lintSuppressions", d.LintSuppressions, WriteLintSuppression);
        if (d.NamingConventions is { } naming) WriteNaming(naming);
        Objects("workload", d.Workload, WriteWorkloadEntry);
        w.WriteEndObject();
    }

    internal void WriteTable(Table t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.WriteString("name", t.Name);
        Opt("schema", t.Schema);
        Opt("comment", t.Comment);
        if (t.RowEstimate is { } rows) w.WriteNumber("rowEstimate", rows);
        if (t.Position is { } p)
        {
            w.WritePropertyName("position");
            WritePosition(p);
        }
        if (t.Features != TableFeatures.None)
        {
            w.WritePropertyName("features");
            WriteFeatures(t.Features);
        }
        Objects("columns", t.Columns, WriteColumn);
        if (t.PrimaryKey is { } pk)
        {
            w.WritePropertyName("primaryKey");
            WritePrimaryKey(pk);
        }
        Objects("uniques", t.Uniques, WriteUnique);
        Objects("checks", t.Checks, WriteCheck);
        Objects("foreignKeys", t.ForeignKeys, WriteForeignKey);
        Objects("indexes", t.Indexes, WriteIndex);
        Objects("functionalDependencies", t.FunctionalDependencies, WriteDependency);
        Strings("dismissedHintIds", t.DismissedHintIds, always: false);
        w.WriteEndObject();
    }

    internal void WriteFeatures(TableFeatures f)
    {
        w.WriteStartObject();
        Opt("updatedAtColumnId", f.UpdatedAtColumnId);
        w.WriteEndObject();
    }

    internal void WritePrimaryKey(PrimaryKey pk)
    {
        w.WriteStartObject();
        w.WriteString("id", pk.Id);
        Opt("name", pk.Name);
        Strings("columnIds", pk.ColumnIds, always: true);
        w.WriteEndObject();
    }

    internal void WriteColumn(Column c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("name", c.Name);
        w.WritePropertyName("type");
        WriteType(c.Type);
        if (!c.Nullable) w.WriteBoolean("nullable", false);
        if (c.Default is { } d)
        {
            w.WriteStartObject("default");
            w.WriteString("kind", JsonWords.WordOf(JsonWords.Default, d.Kind));
            Opt("value", d.Value);
            w.WriteEndObject();
        }
        if (c.Identity != IdentityKind.None) w.WriteString("identity", JsonWords.WordOf(JsonWords.Identity, c.Identity));
        Opt("comment", c.Comment);
        Objects("nativeTypes", c.NativeTypes, o =>
        {
            w.WriteStartObject();
            w.WriteString("dialect", o.Dialect);
            w.WriteString("type", o.TypeName);
            w.WriteEndObject();
        });
        if (c.DistinctEstimate is { } distinct) w.WriteNumber("distinctEstimate", distinct);
        if (c.NullFraction is { } fraction) Number("nullFraction", fraction);
        w.WriteEndObject();
    }

    /// <summary>
    /// The portable spelling (<c>varchar(255)</c>) when it parses back to exactly this type; otherwise (parameters the
    /// spelling cannot carry, such as a length on an integer) the explicit object form, so nothing is lost.
    /// </summary>
    private void WriteType(LogicalType t)
    {
        var text = LogicalTypeText.Format(t);
        if (LogicalTypeText.TryParse(text) == t)
        {
            w.WriteStringValue(text);
            return;
        }
        w.WriteStartObject();
        w.WriteString("kind", JsonWords.WordOf(JsonWords.Kind, t.Kind));
        if (t.Length is { } length) w.WriteNumber("length", length);
        if (t.Precision is { } precision) w.WriteNumber("precision", precision);
        if (t.Scale is { } scale) w.WriteNumber("scale", scale);
        Opt("enumId", t.EnumId);
        if (t.IsArray) w.WriteBoolean("isArray", true);
        w.WriteEndObject();
    }

    internal void WriteUnique(UniqueConstraint u)
    {
        w.WriteStartObject();
        w.WriteString("id", u.Id);
        Opt("name", u.Name);
        Strings("columnIds", u.ColumnIds, always: true);
        w.WriteEndObject();
    }

    internal void WriteCheck(CheckConstraint c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        Opt("name", c.Name);
        w.WriteString("expression", c.Expression);
        w.WriteEndObject();
    }

    internal void WriteForeignKey(ForeignKey f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        Opt("name", f.Name);
        Strings("columnIds", f.ColumnIds, always: true);
        w.WriteString("targetTableId", f.TargetTableId);
        Strings("targetColumnIds", f.TargetColumnIds, always: true);
        if (f.OnDelete is { } onDelete) w.WriteString("onDelete", JsonWords.WordOf(JsonWords.Action, onDelete));
        if (f.OnUpdate is { } onUpdate) w.WriteString("onUpdate", JsonWords.WordOf(JsonWords.Action, onUpdate));
        w.WriteEndObject();
    }

    internal void WriteIndex(Model.Index i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        Opt("name", i.Name);
        if (i.Unique) w.WriteBoolean("unique", true);
        if (i.Method != IndexMethod.BTree) w.WriteString("method", JsonWords.WordOf(JsonWords.Method, i.Method));
        w.WriteStartArray("parts");
        foreach (var part in i.Parts)
        {
            w.WriteStartObject();
            Opt("columnId", part.ColumnId);
            Opt("expression", part.Expression);
            if (part.Descending) w.WriteBoolean("descending", true);
            if (part.PrefixLength is { } prefix) w.WriteNumber("prefixLength", prefix);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Strings("includeColumnIds", i.IncludeColumnIds, always: false);
        Opt("where", i.Where);
        w.WriteEndObject();
    }

    internal void WriteDependency(FunctionalDependency f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        Strings("determinantIds", f.DeterminantIds, always: true);
        Strings("dependentIds", f.DependentIds, always: true);
        if (f.Source != DependencySource.Declared) w.WriteString("source", JsonWords.WordOf(JsonWords.Source, f.Source));
        w.WriteEndObject();
    }

    internal void WriteEnum(EnumType e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("name", e.Name);
        Opt("schema", e.Schema);
        Opt("comment", e.Comment);
        Strings("values", e.Values, always: true);
        w.WriteEndObject();
    }

    internal void WriteArea(SubjectArea a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("name", a.Name);
        w.WriteString("color", a.Color);
        Strings("tableIds", a.TableIds, always: false);
        w.WriteEndObject();
    }

    internal void WriteNote(StickyNote n)
    {
        w.WriteStartObject();
        w.WriteString("id", n.Id);
        w.WriteString("text", n.Text);
        w.WritePropertyName("position");
        WritePosition(n.Position);
        if (n.Width != StickyNote.DefaultWidth) Number("width", n.Width);
        if (n.Height != StickyNote.DefaultHeight) Number("height", n.Height);
        w.WriteEndObject();
    }

    private void WriteVerbatim(VerbatimObject v)
    {
        w.WriteStartObject();
        w.WriteString("id", v.Id);
        w.WriteString("kind", v.Kind);
        Opt("name", v.Name);
        w.WriteString("dialect", v.Dialect);
        w.WriteString("sql", v.Sql);
        w.WriteEndObject();
    }

    internal void WriteLintSuppression(LintSuppression s)
    {
        w.WriteStartObject();
        w.WriteString("code", s.Code);
        w.WriteString("objectId", s.ObjectId);
        w.WriteString("reason", s.Reason);
        w.WriteEndObject();
    }

    private void WriteNaming(Analysis.Lint.NamingConventions n)
    {
        w.WritePropertyName("namingConventions");
        WriteNamingValue(n);
    }

    internal void WriteNamingValue(Analysis.Lint.NamingConventions n)
    {
        w.WriteStartObject();
        w.WriteString("case", JsonWords.WordOf(JsonWords.Case, n.Case));
        w.WriteString("tableNames", JsonWords.WordOf(JsonWords.Number, n.TableNames));
        w.WriteBoolean("requirePrefixes", n.RequirePrefixes);
        w.WriteString("primaryKeyPrefix", n.PrimaryKeyPrefix);
        w.WriteString("foreignKeyPrefix", n.ForeignKeyPrefix);
        w.WriteString("uniquePrefix", n.UniquePrefix);
        w.WriteString("indexPrefix", n.IndexPrefix);
        w.WriteString("checkPrefix", n.CheckPrefix);
        w.WriteEndObject();
    }

    internal void WriteWorkloadEntry(WorkloadEntry q)
    {
        w.WriteStartObject();
        w.WriteString("id", q.Id);
        Opt("name", q.Name);
        w.WriteString("sql", q.Sql);
        Opt("dialect", q.Dialect);
        if (q.Frequency != 1) Number("frequency", q.Frequency);
        w.WriteEndObject();
    }

    internal void WritePosition(CanvasPosition p)
    {
        w.WriteStartObject();
        Number("x", p.X);
        Number("y", p.Y);
        if (p.Collapsed) w.WriteBoolean("collapsed", true);
        w.WriteEndObject();
    }

    /// <summary>Finite numbers as JSON numbers (shortest round-trip form); NaN and infinities as strings.</summary>
    private void Number(string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    }

    private void Opt(string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private void Strings(string name, ValueList<string> values, bool always)
    {
        if (values.Count == 0 && !always) return;
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private void Objects<T>(string name, ValueList<T> items, Action<T> write)
    {
        if (items.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var item in items) write(item);
        w.WriteEndArray();
    }
}
