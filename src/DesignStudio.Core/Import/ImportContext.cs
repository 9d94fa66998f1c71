using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>Everything one import collects: drafts, named types, sequences, verbatim objects and the report.</summary>
/// <param name="dialect">The dialect name.</param>
/// <param name="lexical">The tokenizer's diagnostics; it adds to them while the script is read, so they are copied at the end.</param>
internal sealed class ImportContext(string dialect, IReadOnlyList<Diagnostic> lexical)
{
    private readonly Dictionary<string, TableDraft> tablesByQualifiedName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<TableDraft>> tablesByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EnumType> enumsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> enumIndexById = [];
    private readonly List<(int Offset, VerbatimObject Object)> verbatim = [];
    private readonly List<ImportEntry> imported = [];
    private readonly List<ImportEntry> approximated = [];
    private readonly List<ImportEntry> verbatimEntries = [];
    private readonly List<ImportEntry> skipped = [];
    private readonly List<Diagnostic> diagnostics = [];

    public string Dialect { get; } = dialect;
    public List<TableDraft> Tables { get; } = [];
    /// <summary>Enums in creation order; add them with <see cref="AddEnum"/> (it keeps an index by id).</summary>
    public List<EnumType> Enums { get; } = [];
    public Dictionary<string, DomainDraft> Domains { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, SequenceDraft> Sequences { get; } = new(StringComparer.OrdinalIgnoreCase);

    public TableDraft? FindTable(QualifiedName name)
    {
        if (name.Schema is not null && tablesByQualifiedName.TryGetValue(name.ToString(), out var exact)) return exact;
        if (name.Schema is null && tablesByQualifiedName.TryGetValue(name.Name, out var bare)) return bare;
        // An unqualified reference (or one to the default schema) finds a table of that name when it is unique.
        return tablesByName.TryGetValue(name.Name, out var list) && list.Count == 1 ? list[0] : null;
    }

    public void AddTable(TableDraft table)
    {
        Tables.Add(table);
        tablesByQualifiedName[table.Name.ToString()] = table;
        if (!tablesByName.TryGetValue(table.Name.Name, out var list)) tablesByName[table.Name.Name] = list = [];
        list.Add(table);
        Imported("table", table.Name.ToString(), "", table.Position);
    }

    public void RemoveTable(TableDraft table)
    {
        Tables.Remove(table);
        tablesByQualifiedName.Remove(table.Name.ToString());
        if (tablesByName.TryGetValue(table.Name.Name, out var list)) list.Remove(table);
    }

    public EnumType AddEnum(QualifiedName name, IReadOnlyList<string> values, SourcePosition position)
    {
        var e = new EnumType
        {
            Id = ObjectId.Derive("enm", name.ToString()),
            Name = name.Name,
            Schema = name.Schema,
            Values = values.ToValueList(),
        };
        if (enumIndexById.TryGetValue(e.Id, out var existing)) Enums[existing] = e;
        else
        {
            enumIndexById[e.Id] = Enums.Count;
            Enums.Add(e);
        }
        enumsByName[name.ToString()] = e;
        enumsByName[name.Name] = e;
        Imported("enum", name.ToString(), $"{values.Count} values", position);
        return e;
    }

    public EnumType? FindEnum(string? schema, string name) =>
        schema is not null && enumsByName.TryGetValue(schema + "." + name, out var q) ? q
        : enumsByName.TryGetValue(name, out var e) ? e : null;

    public void SetEnumComment(EnumType e, string comment)
    {
        if (enumIndexById.TryGetValue(e.Id, out var i)) Enums[i] = Enums[i] with { Comment = comment };
    }

    public void Imported(string kind, string? name, string detail, SourcePosition? position) =>
        imported.Add(new ImportEntry(kind, name, detail, position));

    public void Approximated(string kind, string? name, string how, SourcePosition? position) =>
        approximated.Add(new ImportEntry(kind, name, how, position));

    public void Ignored(string kind, string? name, string why, SourcePosition? position) =>
        skipped.Add(new ImportEntry(kind, name, why, position));

    private readonly Dictionary<string, string> verbatimRelations = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a view or materialized view of that name was kept verbatim.</summary>
    public bool IsVerbatimRelation(QualifiedName name) =>
        verbatimRelations.ContainsKey(name.ToString()) || verbatimRelations.ContainsKey(name.Name);

    public string VerbatimRelationKind(QualifiedName name) =>
        verbatimRelations.GetValueOrDefault(name.ToString()) ?? verbatimRelations.GetValueOrDefault(name.Name) ?? "view";

    public void Verbatim(string kind, string? name, string sql, SourcePosition position, int offset)
    {
        if (name is not null && kind is "view" or "materialized view" or "virtual table" or "table as query" or "foreign table")
        {
            verbatimRelations[name] = kind;
            var dot = name.LastIndexOf('.');
            if (dot >= 0) verbatimRelations.TryAdd(name[(dot + 1)..], kind);
        }
        var id = ObjectId.Derive("vrb", $"{kind}:{name}:{position.Line}:{position.Column}");
        verbatim.Add((offset, new VerbatimObject { Id = id, Kind = kind, Name = name, Dialect = Dialect, Sql = sql }));
        verbatimEntries.Add(new ImportEntry(kind, name, "kept verbatim", position));
    }

    public void Warn(string code, string message, SourcePosition? position, string kind = "statement", string? name = null)
    {
        diagnostics.Add(new Diagnostic(code, Severity.Warning, "sql", message) { Position = position });
        if (code is ImportCodes.UnknownStatement or ImportCodes.SyntaxError) skipped.Add(new ImportEntry(kind, name, message, position));
    }

    public void Error(string code, string message, SourcePosition? position, string kind = "statement", string? name = null)
    {
        diagnostics.Add(new Diagnostic(code, Severity.Error, "sql", message) { Position = position });
        skipped.Add(new ImportEntry(kind, name, message, position));
    }

    public ImportResult Finish()
    {
        var design = new DesignAssembler(this).Assemble();
        verbatim.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        design = design with { Verbatim = verbatim.Select(v => v.Object).ToValueList() };
        var report = new ImportReport
        {
            Dialect = Dialect,
            Imported = imported.ToValueList(),
            Approximated = approximated.ToValueList(),
            Verbatim = verbatimEntries.ToValueList(),
            Skipped = skipped.ToValueList(),
            Diagnostics = [.. lexical, .. diagnostics],
        };
        return new ImportResult(design, report);
    }
}
