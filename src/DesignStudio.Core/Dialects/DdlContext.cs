using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects;

/// <summary>The state of one generation run: the design, the statements produced so far and the diagnostics.</summary>
public sealed class DdlContext
{
    private readonly List<SqlStatement> statements = [];
    private readonly List<Diagnostic> diagnostics = [];
    private Dictionary<string, Table>? tablesById;
    private readonly HashSet<string> indexNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts a run for <paramref name="design"/>.</summary>
    public DdlContext(Design design) => Design = design;

    /// <summary>The design being generated.</summary>
    public Design Design { get; }

    /// <summary>Statements in execution order.</summary>
    public IReadOnlyList<SqlStatement> Statements => statements;

    /// <summary>Diagnostics in the order they were found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>Finds a table of the design by id (indexed: foreign keys look targets up once each).</summary>
    public Table? FindTable(string tableId)
    {
        if (tablesById is null)
        {
            tablesById = new Dictionary<string, Table>(Design.Tables.Count, StringComparer.Ordinal);
            foreach (var t in Design.Tables) tablesById.TryAdd(t.Id, t);
        }
        return tablesById.GetValueOrDefault(tableId);
    }

    /// <summary>
    /// Claims an index name in <paramref name="schema"/>; returns false when an earlier index of the run already has it
    /// (for dialects whose index names are unique per schema rather than per table).
    /// </summary>
    public bool ClaimIndexName(string? schema, string name) => indexNames.Add((schema ?? "") + "\u0001" + name);

    /// <summary>Appends a statement.</summary>
    public void Add(string sql, string? comment = null) => statements.Add(new SqlStatement(sql, comment));

    /// <summary>Reports a warning (something approximated or left out).</summary>
    public void Warning(string code, string path, string message) =>
        diagnostics.Add(new Diagnostic(code, Severity.Warning, path, message));

    /// <summary>Reports an error (an inconsistent design; the object concerned was skipped).</summary>
    public void Error(string code, string path, string message) =>
        diagnostics.Add(new Diagnostic(code, Severity.Error, path, message));

    /// <summary>The diagnostic path of a table or one of its columns, e.g. <c>tables/users/columns/email</c>.</summary>
    public static string PathOf(Table table, Column? column = null) =>
        column is null ? $"tables/{table.Name}" : $"tables/{table.Name}/columns/{column.Name}";

    /// <summary>The diagnostic path of a named member of a table, e.g. <c>tables/posts/indexes/ix_posts_user_id</c>.</summary>
    public static string PathOf(Table table, string collection, string name) => $"tables/{table.Name}/{collection}/{name}";
}
