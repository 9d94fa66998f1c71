using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Import;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>
/// Reads a SELECT, UPDATE or DELETE in PostgreSQL or MySQL syntax (tokenized by <see cref="SqlTokenizer"/>) and
/// resolves what it filters, joins, sorts, groups and reads against the tables of a design. Recursive descent over
/// the top-level clauses; subqueries and set operations are reported and skipped, never guessed.
/// </summary>
public sealed partial class QueryAnalyzer
{
    /// <summary>Diagnostic code: a table or column of the query is not in the design.</summary>
    public const string UnknownName = "IX901";

    /// <summary>Diagnostic code: the statement is not a SELECT, UPDATE or DELETE, or uses syntax the analyser skips.</summary>
    public const string Unsupported = "IX902";

    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "FETCH", "SET", "RETURNING", "FOR", "WINDOW",
        "UNION", "INTERSECT", "EXCEPT", "USING",
    };

    private readonly Design design;
    private readonly SqlScript script;
    private readonly SqlToken[] t;
    private readonly WorkloadQuery query;
    private readonly Dictionary<string, Table> aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Table> tables = [];
    private readonly List<ColumnPredicate> predicates = [];
    private readonly List<ColumnRef> joins = [];
    private readonly List<Diagnostic> diagnostics = [];

    private QueryAnalyzer(Design design, WorkloadQuery query, string dialect)
    {
        this.design = design;
        this.query = query;
        script = SqlTokenizer.Tokenize(query.Sql, RulesFor(dialect));
        t = script.Tokens.Where(k => k.Kind != SqlTokenKind.Terminator).ToArray();
    }

    /// <summary>The tokenizer rules for a dialect name (MySQL rules for MySQL/MariaDB, PostgreSQL rules otherwise).</summary>
    public static SqlLexicalRules RulesFor(string dialect) =>
        DialectRegistry.TryGet(dialect)?.Name is DialectNames.MySql or DialectNames.MariaDb ? SqlLexicalRules.MySql : SqlLexicalRules.PostgreSql;

    /// <summary>Analyses <paramref name="query"/> against <paramref name="design"/>.</summary>
    public static QueryAnalysis Analyze(Design design, WorkloadQuery query, string dialect = DialectNames.PostgreSql) =>
        new QueryAnalyzer(design, query, dialect).Run();

    private QueryAnalysis Run()
    {
        if (t.Length == 0) return Fail("The query is empty.");
        var clauses = SplitClauses();
        var head = Word(0).ToUpperInvariant();
        var kind = head switch { "SELECT" => QueryKind.Select, "UPDATE" => QueryKind.Update, "DELETE" => QueryKind.Delete, _ => (QueryKind?)null };
        if (kind is null) return Fail($"Only SELECT, UPDATE and DELETE are analysed, not '{Word(0)}'.");
        foreach (var set in new[] { "UNION", "INTERSECT", "EXCEPT" })
        {
            if (clauses.ContainsKey(set)) Report(Unsupported, $"{set} is not analysed: only the first SELECT is read.");
        }

        var updated = new List<ColumnRef>();
        if (kind == QueryKind.Update)
        {
            var setAt = clauses.TryGetValue("SET", out var s) ? s.Start : t.Length;
            ReadTableList(1, setAt);
            if (clauses.TryGetValue("FROM", out var from)) ReadTableList(from.Start + 1, from.End);
            if (clauses.TryGetValue("SET", out var assignments)) updated.AddRange(ReadAssignments(assignments));
        }
        else if (clauses.TryGetValue("FROM", out var from))
        {
            ReadTableList(from.Start + 1, from.End);
            if (clauses.TryGetValue("USING", out var usingTables) && kind == QueryKind.Delete) ReadTableList(usingTables.Start + 1, usingTables.End);
        }
        if (tables.Count == 0) return Fail("The query names no table of the design.");

        if (clauses.TryGetValue("WHERE", out var where)) ReadCondition(where.Start + 1, where.End);
        var selected = new List<ColumnRef>();
        var selectsAll = false;
        if (kind == QueryKind.Select)
        {
            var fromAt = clauses.TryGetValue("FROM", out var f) ? f.Start : t.Length;
            selectsAll = ReadSelectList(1, fromAt, selected);
        }
        return new QueryAnalysis
        {
            Query = query,
            Kind = kind.Value,
            TableIds = tables.Select(x => x.Id).Distinct().ToArray(),
            Predicates = predicates,
            JoinColumns = joins.Distinct().ToArray(),
            OrderBy = clauses.TryGetValue("ORDER", out var order) ? ReadColumnList(order.Start + 2, order.End, true) : [],
            GroupBy = clauses.TryGetValue("GROUP", out var group) ? ReadColumnList(group.Start + 2, group.End, false) : [],
            Limit = ReadLimit(clauses),
            SelectedColumns = selected.Distinct().ToArray(),
            SelectsAll = selectsAll,
            UpdatedColumns = updated,
            Diagnostics = [.. script.Diagnostics, .. diagnostics],
        };
    }

    private QueryAnalysis Fail(string message)
    {
        Report(Unsupported, message);
        return new QueryAnalysis { Query = query, Diagnostics = [.. script.Diagnostics, .. diagnostics] };
    }

    private void Report(string code, string message) =>
        diagnostics.Add(new Diagnostic(code, Severity.Warning, "workload", message)
        {
            Position = query.Line is { } line ? new SourcePosition(line, 1) : null,
        });

    /// <summary>Top-level clause keyword → token range up to the next clause keyword (first occurrence wins).</summary>
    private Dictionary<string, (int Start, int End)> SplitClauses()
    {
        var starts = new List<(string Word, int At)>();
        var depth = 0;
        for (var k = 1; k < t.Length; k++)
        {
            if (IsSymbol(k, "(")) depth++;
            else if (IsSymbol(k, ")")) depth--;
            else if (depth == 0 && t[k].Kind == SqlTokenKind.Word && ClauseWords.Contains(Word(k)))
            {
                var w = Word(k).ToUpperInvariant();
                // FOR UPDATE / FOR SHARE, GROUP BY / ORDER BY need their second word; USING inside JOIN ... USING is not a clause.
                if (w is "GROUP" or "ORDER" && !IsWord(k + 1, "BY")) continue;
                if (w == "USING" && IsSymbol(k + 1, "(")) continue;
                starts.Add((w, k));
            }
        }
        var result = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        for (var n = 0; n < starts.Count; n++)
        {
            var end = n + 1 < starts.Count ? starts[n + 1].At : t.Length;
            result.TryAdd(starts[n].Word, (starts[n].At, end));
        }
        return result;
    }

    private long? ReadLimit(Dictionary<string, (int Start, int End)> clauses)
    {
        int at;
        if (clauses.TryGetValue("LIMIT", out var limit)) at = limit.Start + 1;
        else if (clauses.TryGetValue("FETCH", out var fetch)) at = fetch.Start + 2; // FETCH FIRST n ROWS ONLY
        else return null;
        // MySQL LIMIT offset, count
        if (at + 2 < t.Length && IsSymbol(at + 1, ",")) at += 2;
        if (at >= t.Length) return null;
        if (t[at].Kind == SqlTokenKind.Number && long.TryParse(script.TextOf(t[at]), out var n)) return n;
        return 0;
    }

    private string Word(int k) => k < t.Length ? Identifier(t[k]) : "";

    private bool IsWord(int k, string word) =>
        k < t.Length && t[k].Kind == SqlTokenKind.Word && string.Equals(script.TextOf(t[k]), word, StringComparison.OrdinalIgnoreCase);

    private bool IsSymbol(int k, string symbol) =>
        k < t.Length && t[k].Kind == SqlTokenKind.Symbol && script.TextOf(t[k]) == symbol;

    private string Identifier(SqlToken token)
    {
        var text = script.TextOf(token);
        return token.Kind == SqlTokenKind.QuotedIdentifier && text.Length >= 2 ? text[1..^1] : text;
    }

    private string TextOf(int from, int to) => from >= to ? "" : script.Text[t[from].Start..t[to - 1].End];
}
