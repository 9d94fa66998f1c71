using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import.Dbml;

/// <summary>
/// Turns a parsed <see cref="DbmlDocument"/> into a <see cref="Design"/>: resolves names (tables, aliases, enums,
/// partials, columns of refs), maps types, and reports everything it approximates, ignores or cannot resolve.
/// Ids are derived from names (<see cref="ObjectId.Derive"/>), so importing the same text twice gives the same design.
/// </summary>
internal sealed partial class DbmlDesignBuilder
{
    private readonly DbmlDocument document;
    private readonly List<Diagnostic> diagnostics;
    private readonly Dictionary<string, EnumType> enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DbmlTable> partials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DbmlTableBuilder> tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DbmlTableBuilder> aliases = new(StringComparer.Ordinal);
    private readonly List<DbmlTableBuilder> tableOrder = [];
    private readonly List<PendingRef> inlineRefs = [];
    private string? dialect;

    private DbmlDesignBuilder(DbmlDocument document, List<Diagnostic> diagnostics)
    {
        this.document = document;
        this.diagnostics = diagnostics;
    }

    /// <summary>Builds the design.</summary>
    public static Design Build(DbmlDocument document, List<Diagnostic> diagnostics) =>
        new DbmlDesignBuilder(document, diagnostics).Build();

    private Design Build()
    {
        var design = BuildProject();
        BuildEnums();
        foreach (var p in document.Partials)
        {
            if (!partials.TryAdd(p.Name.ToString(), p))
                Report(DbmlDiagnosticCodes.DuplicateName, Severity.Error, "partials/" + p.Name, $"TablePartial '{p.Name}' is defined twice.", p.Position);
        }
        foreach (var t in document.Tables) BuildTable(t);
        foreach (var r in inlineRefs) AddRelationship(r);
        foreach (var r in document.Refs) AddRelationship(new PendingRef(r.Name, r.Left, r.Operator, r.Right, r.Settings, r.Position, Inline: false));
        var built = tableOrder.Select(t => t.Build()).ToValueList();
        design = design with
        {
            Tables = built,
            Enums = enums.Values.ToValueList(),
            Areas = BuildAreas(),
            Notes = document.Notes.Select((n, i) => new StickyNote
            {
                Id = ObjectId.Derive("note", n.Name.Length > 0 ? n.Name : "#" + i),
                Text = n.Text,
            }).ToValueList(),
        };
        Report(DbmlDiagnosticCodes.Summary, Severity.Info, "dbml",
            $"Imported {built.Count} tables, {built.Sum(t => t.Columns.Count)} columns, {built.Sum(t => t.ForeignKeys.Count)} foreign keys, "
            + $"{built.Sum(t => t.Indexes.Count)} indexes, {design.Enums.Count} enums, {design.Areas.Count} table groups, {design.Notes.Count} notes.",
            new SourcePosition(1, 1));
        return design;
    }

    private Design BuildProject()
    {
        var design = new Design();
        if (document.Projects.Count == 0) return design;
        if (document.Projects.Count > 1)
            Report(DbmlDiagnosticCodes.DuplicateName, Severity.Warning, "project", "More than one Project: only the first is used.", document.Projects[1].Position);
        var project = document.Projects[0];
        design = design with { Name = project.Name ?? design.Name, Comment = project.Note };
        foreach (var (key, value) in project.Properties)
        {
            if (string.Equals(key, "database_type", StringComparison.OrdinalIgnoreCase))
            {
                dialect = DialectOf(value.Text);
                if (dialect is null)
                    Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Warning, "project", $"Database type '{value.Text}' is not one of ours; unknown column types keep no native override.", value.Position);
            }
            else
            {
                Report(DbmlDiagnosticCodes.Ignored, Severity.Info, "project", $"Project setting '{key}' is not kept.", value.Position);
            }
        }
        return design;
    }

    /// <summary>Maps dbdiagram's database_type names to our dialect names.</summary>
    internal static string? DialectOf(string databaseType) => databaseType.Replace(" ", "").ToLowerInvariant() switch
    {
        "postgresql" or "postgres" => DialectNames.PostgreSql,
        "mysql" => DialectNames.MySql,
        "mariadb" => DialectNames.MariaDb,
        "sqlite" => DialectNames.Sqlite,
        "sqlserver" or "mssql" or "microsoftsqlserver" => DialectNames.SqlServer,
        _ => null,
    };

    private void BuildEnums()
    {
        foreach (var e in document.Enums)
        {
            var key = KeyOf(e.Name.Schema, e.Name.Name);
            if (enums.ContainsKey(key))
            {
                Report(DbmlDiagnosticCodes.DuplicateName, Severity.Error, "enums/" + e.Name, $"Enum '{e.Name}' is defined twice.", e.Position);
                continue;
            }
            var values = new List<string>();
            var notes = new List<string>();
            foreach (var v in e.Values)
            {
                if (values.Contains(v.Name))
                {
                    Report(DbmlDiagnosticCodes.DuplicateName, Severity.Error, "enums/" + e.Name, $"Enum value '{v.Name}' appears twice.", v.Position);
                    continue;
                }
                values.Add(v.Name);
                foreach (var s in v.Settings)
                {
                    if (s.Key == "note" && s.Value is { Kind: DbmlValueKind.String } note) notes.Add(v.Name + ": " + note.Text);
                    else Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Warning, "enums/" + e.Name, $"Unknown enum value setting '{s.Key}'.", s.Position);
                }
            }
            // The model has no per-value notes: they are kept in the enum's comment, one "value: note" line each,
            // which the DBML exporter turns back into value notes.
            enums[key] = new EnumType
            {
                Id = ObjectId.Derive("enm", key),
                Name = e.Name.Name,
                Schema = e.Name.Schema,
                Values = values.ToValueList(),
                Comment = notes.Count > 0 ? string.Join("\n", notes) : null,
            };
        }
    }

    private ValueList<SubjectArea> BuildAreas()
    {
        var areas = new List<SubjectArea>();
        foreach (var g in document.Groups)
        {
            var ids = new List<string>();
            foreach (var name in g.Tables)
            {
                var table = FindTable(name.Schema, name.Name);
                if (table is null)
                    Report(DbmlDiagnosticCodes.UnresolvedName, Severity.Warning, "groups/" + g.Name, $"Table group '{g.Name}' names an unknown table '{name}'.", name.Position);
                else if (!ids.Contains(table.Id)) ids.Add(table.Id);
            }
            var area = new SubjectArea { Id = ObjectId.Derive("area", g.Name), Name = g.Name, TableIds = ids.ToValueList() };
            foreach (var s in g.Settings)
            {
                if (s.Key == "color" && s.Value is { } color) area = area with { Color = color.Text };
                else if (s.Key == "note") ReportIgnored("groups/" + g.Name, "Table group notes are not kept (subject areas have no description).", s.Position);
                else Report(DbmlDiagnosticCodes.InvalidSetting, Severity.Warning, "groups/" + g.Name, $"Unknown table group setting '{s.Key}'.", s.Position);
            }
            if (g.Note is not null) ReportIgnored("groups/" + g.Name, "Table group notes are not kept (subject areas have no description).", g.Position);
            areas.Add(area);
        }
        return areas.ToValueList();
    }

    private static string KeyOf(string? schema, string name) => (schema ?? "public") + "." + name;

    private DbmlTableBuilder? FindTable(string? schema, string name)
    {
        if (tables.TryGetValue(KeyOf(schema, name), out var t)) return t;
        return schema is null && aliases.TryGetValue(name, out var a) ? a : null;
    }

    private void Report(string code, Severity severity, string path, string message, SourcePosition position) =>
        diagnostics.Add(new Diagnostic(code, severity, path, message) { Position = position });

    private void ReportIgnored(string path, string message, SourcePosition position) =>
        Report(DbmlDiagnosticCodes.Ignored, Severity.Info, path, message, position);

    /// <summary>A relationship waiting for all tables to exist.</summary>
    private sealed record PendingRef(string? Name, DbmlEndpoint Left, string Operator, DbmlEndpoint Right,
        IReadOnlyList<DbmlSetting> Settings, SourcePosition Position, bool Inline);
}
