using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>Everything one import collects: drafts, named types, sequences, verbatim objects and the report.</summary>
/// <param name="dialect">The dialect name.</param>
/// <param name="lexical">The tokenizer's diagnostics; it adds to them while the script is read, so they are copied at the end.</param>
internal sealed class ImportContext(string dialect, IReadOnlyList<Diagnostic> lexical)
{
    private readonly Dictionary<string, TableDraft> tablesByQualifiedName = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, TableDraft>.AlternateLookup<ReadOnlySpan<char>> TablesBySpan => tablesByQualifiedName.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly Dictionary<string, (TypeSyntax Syntax, TypeMapping? Mapping)> typesByText = new(StringComparer.Ordinal);
    private readonly Dictionary<(string EnumId, bool IsArray), LogicalType> enumTypes = [];
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

    /// <summary>The import's pool of names, kinds and type texts (see <see cref="ImportStrings"/>).</summary>
    public ImportStrings Strings { get; } = new();
    /// <summary>The tables in creation order (a table created again moves to the end).</summary>
    public List<TableDraft> Tables
    {
        get
        {
            // Replaced tables are dropped in one pass when the list is read, not by a scan per replacement.
            if (removedTables > 0)
            {
                tables.RemoveAll(t => t.Removed);
                removedTables = 0;
            }
            return tables;
        }
    }

    private readonly List<TableDraft> tables = [];
    private int removedTables;
    /// <summary>Enums in creation order; add them with <see cref="AddEnum"/> (it keeps an index by id).</summary>
    public List<EnumType> Enums { get; } = [];
    public Dictionary<string, DomainDraft> Domains { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, SequenceDraft> Sequences { get; } = new(StringComparer.OrdinalIgnoreCase);

    public TableDraft? FindTable(QualifiedName name)
    {
        if (name.Schema is not null && TablesBySpan.TryGetValue(QualifiedChars(name), out var exact)) return exact;
        if (name.Schema is null && tablesByQualifiedName.TryGetValue(name.Name, out var bare)) return bare;
        // An unqualified reference (or one to the default schema) finds a table of that name when it is unique.
        return tablesByName.TryGetValue(name.Name, out var list) && list.Count == 1 ? list[0] : null;
    }

    public void AddTable(TableDraft table)
    {
        tables.Add(table);
        tablesByQualifiedName[table.Path] = table;
        if (!tablesByName.TryGetValue(table.Name.Name, out var list)) tablesByName[table.Name.Name] = list = [];
        list.Add(table);
        Imported("table", table.Path, "", table.Position);
    }

    public void RemoveTable(TableDraft table)
    {
        table.Removed = true;
        removedTables++;
        tablesByQualifiedName.Remove(table.Path);
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
        schema is not null && enumsByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(QualifiedChars(new QualifiedName(schema, name)), out var q) ? q
        : enumsByName.TryGetValue(name, out var e) ? e : null;

    /// <summary>The domain named <c>schema.name</c> (or <c>name</c>), looked up without building the string.</summary>
    public bool TryGetDomain(string? schema, string name, out DomainDraft domain) =>
        Domains.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(schema is null ? name : QualifiedChars(new QualifiedName(schema, name)), out domain!);

    /// <summary>
    /// The type written as <paramref name="type"/>'s text the first time it was seen, so every column of that type
    /// shares one syntax, one text and (through <see cref="MapOnce"/>) one logical type.
    /// </summary>
    public TypeSyntax Canonical(TypeSyntax type)
    {
        if (typesByText.TryGetValue(type.Text, out var seen) && SameType(seen.Syntax, type)) return seen.Syntax;
        if (seen.Syntax is null) typesByText[type.Text] = (type, null);
        return type;
    }

    /// <summary>The type with these parts, the instance seen first when its text was seen before (no new syntax per column).</summary>
    public TypeSyntax Canonical(string? schema, string name, IReadOnlyList<string> args, bool unsigned, int arrayDimensions, string text)
    {
        if (typesByText.TryGetValue(text, out var seen) && seen.Syntax.Name == name && seen.Syntax.Schema == schema && seen.Syntax.Unsigned == unsigned
            && seen.Syntax.ArrayDimensions == arrayDimensions && seen.Syntax.Args.SequenceEqual(args))
        {
            return seen.Syntax;
        }
        var type = new TypeSyntax { Schema = schema, Name = name, Args = args, Unsigned = unsigned, ArrayDimensions = arrayDimensions, Text = text };
        if (seen.Syntax is null) typesByText[text] = (type, null);
        return type;
    }

    /// <summary>The dialect's mapping of a canonical type, computed once per distinct type (mappings are pure).</summary>
    public TypeMapping MapOnce(TypeSyntax type, Func<TypeSyntax, TypeMapping> map)
    {
        if (typesByText.TryGetValue(type.Text, out var seen) && ReferenceEquals(seen.Syntax, type))
        {
            if (seen.Mapping is { } known) return known;
            var mapped = map(type);
            typesByText[type.Text] = (type, mapped);
            return mapped;
        }
        return map(type);
    }

    /// <summary>The logical type of a column of enum <paramref name="enumId"/>, one instance per enum.</summary>
    public LogicalType EnumType(string enumId, bool isArray)
    {
        if (!enumTypes.TryGetValue((enumId, isArray), out var type)) enumTypes[(enumId, isArray)] = type = LogicalType.Enum(enumId) with { IsArray = isArray };
        return type;
    }

    private static bool SameType(TypeSyntax a, TypeSyntax b) =>
        a.Name == b.Name && a.Schema == b.Schema && a.Unsigned == b.Unsigned && a.ArrayDimensions == b.ArrayDimensions && a.Args.SequenceEqual(b.Args);

    private ReadOnlySpan<char> QualifiedChars(QualifiedName name)
    {
        if (name.Schema is null) return name.Name;
        var chars = Strings.Buffer(name.Schema.Length + 1 + name.Name.Length);
        name.Schema.CopyTo(chars);
        chars[name.Schema.Length] = '.';
        name.Name.CopyTo(chars[(name.Schema.Length + 1)..]);
        return chars;
    }

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
