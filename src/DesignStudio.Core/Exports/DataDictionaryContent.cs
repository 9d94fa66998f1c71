using DesignStudio.Core.Model;
using ModelIndex = DesignStudio.Core.Model.Index;

namespace DesignStudio.Core.Exports;

/// <summary>A section of a data dictionary: a title, column headers and rows of plain (unescaped) text.</summary>
internal sealed record DataDictionarySection(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>One table of a data dictionary, as plain text: each renderer escapes it for its format.</summary>
internal sealed record DataDictionaryTable(string Id, string Name, string? Comment, string? NormalForm, IReadOnlyList<DataDictionarySection> Sections);

/// <summary>
/// The facts a data dictionary shows, computed once for the Markdown and HTML renderers: columns (type, nullability,
/// default, constraints, comment), indexes, foreign keys, unique and check constraints, and the normal-form status.
/// </summary>
internal static class DataDictionaryContent
{
    public static readonly string[] ColumnHeaders = ["Column", "Type", "Nullable", "Default", "Constraints", "Comment"];

    public static DataDictionarySection Enums(Design design) => new("Enums", ["Enum", "Values", "Comment"],
        design.Enums.Select(e => (IReadOnlyList<string>)[Qualified(e.Schema, e.Name), string.Join(", ", e.Values), e.Comment ?? ""]).ToList());

    public static IEnumerable<DataDictionaryTable> Tables(Design design, ExportOptions options)
    {
        foreach (var t in design.Tables)
        {
            string? nf = null;
            options.NormalFormStatus?.TryGetValue(t.Id, out nf);
            var sections = new List<DataDictionarySection>
            {
                new("Columns", ColumnHeaders, t.Columns.Select(c => ColumnRow(design, t, c, options)).ToList()),
            };
            if (t.Indexes.Count > 0)
                sections.Add(new("Indexes", ["Index", "Columns", "Unique", "Method", "Include", "Where"], t.Indexes.Select(i => IndexRow(t, i)).ToList()));
            if (t.ForeignKeys.Count > 0)
                sections.Add(new("Foreign keys", ["Foreign key", "Columns", "References", "On delete", "On update"],
                    t.ForeignKeys.Select(f => ForeignKeyRow(design, t, f)).ToList()));
            if (t.Uniques.Count > 0)
                sections.Add(new("Unique constraints", ["Constraint", "Columns"],
                    t.Uniques.Select(u => (IReadOnlyList<string>)[u.Name ?? "", Names(t, u.ColumnIds)]).ToList()));
            if (t.Checks.Count > 0)
                sections.Add(new("Check constraints", ["Constraint", "Expression"],
                    t.Checks.Select(c => (IReadOnlyList<string>)[c.Name ?? "", c.Expression]).ToList()));
            yield return new DataDictionaryTable(t.Id, t.QualifiedName, t.Comment, nf, sections);
        }
    }

    private static IReadOnlyList<string> ColumnRow(Design design, Table t, Column c, ExportOptions options)
    {
        var constraints = new List<string>();
        if (t.PrimaryKey?.ColumnIds.Contains(c.Id) == true) constraints.Add("PK");
        foreach (var fk in t.ForeignKeys.Where(f => f.ColumnIds.Contains(c.Id)))
        {
            var target = design.FindTable(fk.TargetTableId);
            var i = fk.ColumnIds.AsImmutableArray().IndexOf(c.Id);
            var targetColumn = target?.FindColumn(fk.TargetColumnIds.Count > i ? fk.TargetColumnIds[i] : "")?.Name ?? "?";
            constraints.Add($"FK → {target?.QualifiedName ?? "?"}.{targetColumn}");
        }
        if (t.Uniques.Any(u => u.ColumnIds.Count == 1 && u.ColumnIds[0] == c.Id)) constraints.Add("UNIQUE");
        if (c.Identity == IdentityKind.Always) constraints.Add("identity (always)");
        if (c.Identity == IdentityKind.ByDefault) constraints.Add("identity");
        if (t.Features.UpdatedAtColumnId == c.Id) constraints.Add("updated on change");
        return [c.Name, TypeText(design, c, options), c.Nullable ? "yes" : "no", DefaultText(c), string.Join(", ", constraints), c.Comment ?? ""];
    }

    private static string TypeText(Design design, Column c, ExportOptions options)
    {
        if (options.Dialect is { } d && c.NativeTypeFor(d) is { } native) return native;
        if (c.Type.Kind == TypeKind.Enum && c.Type.EnumId is { } id && design.FindEnum(id) is { } e)
            return "enum " + Qualified(e.Schema, e.Name) + (c.Type.IsArray ? "[]" : "");
        return c.Type.ToString();
    }

    private static string DefaultText(Column c) => c.Default switch
    {
        null => "",
        { Kind: DefaultKind.CurrentTimestamp } => "current timestamp",
        { Kind: DefaultKind.CurrentDate } => "current date",
        { Kind: DefaultKind.RandomUuid } => "random UUID",
        { Kind: DefaultKind.Expression, Value: var v } => v ?? "",
        { Value: var v } when c.Type.IsQuotedLiteral => "'" + v + "'",
        { Value: var v } => v ?? "",
    };

    private static IReadOnlyList<string> IndexRow(Table t, ModelIndex i) =>
    [
        i.Name ?? "",
        string.Join(", ", i.Parts.Select(p => (p.ColumnId is { } id ? t.FindColumn(id)?.Name ?? id : p.Expression ?? "")
            + (p.PrefixLength is { } n ? $"({n})" : "") + (p.Descending ? " DESC" : ""))),
        i.Unique ? "yes" : "no",
        i.Method.ToString().ToLowerInvariant(),
        Names(t, i.IncludeColumnIds),
        i.Where ?? "",
    ];

    private static IReadOnlyList<string> ForeignKeyRow(Design design, Table t, ForeignKey f)
    {
        var target = design.FindTable(f.TargetTableId);
        var references = target is null ? "(missing table)" : target.QualifiedName + " (" + Names(target, f.TargetColumnIds) + ")";
        return [f.Name ?? "", Names(t, f.ColumnIds), references, ActionText(f.OnDelete), ActionText(f.OnUpdate)];
    }

    private static string ActionText(ReferentialAction? a) => a switch
    {
        null => "",
        ReferentialAction.NoAction => "no action",
        ReferentialAction.Restrict => "restrict",
        ReferentialAction.Cascade => "cascade",
        ReferentialAction.SetNull => "set null",
        _ => "set default",
    };

    private static string Names(Table t, IEnumerable<string> ids) => string.Join(", ", ids.Select(id => t.FindColumn(id)?.Name ?? id));

    private static string Qualified(string? schema, string name) => schema is null ? name : schema + "." + name;
}
