using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>A design being assembled from catalog rows, ordered deterministically when built.</summary>
internal sealed class CatalogDraft
{
    private readonly Dictionary<(string? Schema, string Name), TableDraft> tables = [];
    private readonly Dictionary<long, TableDraft> tablesByKey = [];

    public List<EnumType> Enums { get; } = [];
    public List<VerbatimObject> Verbatim { get; } = [];
    public List<Diagnostic> Diagnostics { get; } = [];

    public IEnumerable<TableDraft> Tables => tables.Values;

    public TableDraft AddTable(string? schema, string name, long? key = null)
    {
        var draft = new TableDraft(schema, name);
        tables[(schema, name)] = draft;
        if (key is { } k) tablesByKey[k] = draft;
        return draft;
    }

    public TableDraft? FindTable(string? schema, string name) => tables.GetValueOrDefault((schema, name));

    public TableDraft? FindTable(long key) => tablesByKey.GetValueOrDefault(key);

    public void Report(string code, Severity severity, string path, string message) =>
        Diagnostics.Add(new Diagnostic(code, severity, path, message));

    public void AddVerbatim(string kind, string? schema, string name, string dialect, string sql, string? idName = null) =>
        Verbatim.Add(new VerbatimObject
        {
            Id = CatalogIds.Verbatim(kind, schema, idName ?? name),
            Kind = kind,
            Name = schema is null ? name : schema + "." + name,
            Dialect = dialect,
            Sql = sql,
        });

    public Design Build(string name) => new()
    {
        Name = name,
        Tables = tables.Values
            .OrderBy(t => t.Schema ?? "", StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => t.Build()).ToValueList(),
        Enums = Enums.OrderBy(e => e.Schema ?? "", StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal).ToValueList(),
        Verbatim = Verbatim.OrderBy(v => v.Kind, StringComparer.Ordinal).ThenBy(v => v.Name, StringComparer.Ordinal)
            .ThenBy(v => v.Id, StringComparer.Ordinal).ToValueList(),
    };

    public CatalogReadResult Result(string designName) => new(Build(designName), Diagnostics.ToValueList());
}
