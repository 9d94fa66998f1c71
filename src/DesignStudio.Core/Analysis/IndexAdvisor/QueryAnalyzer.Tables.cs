using DesignStudio.Core.Import;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

public sealed partial class QueryAnalyzer
{
    private static readonly HashSet<string> JoinWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "OUTER", "CROSS", "NATURAL", "STRAIGHT_JOIN", "LATERAL",
    };

    private static readonly HashSet<string> NotAliases = new(StringComparer.OrdinalIgnoreCase) { "ON", "USING", "ONLY", "AS" };

    /// <summary>FROM / JOIN list: <c>t [AS] a, u JOIN v ON ... LEFT JOIN w USING (...)</c>.</summary>
    private void ReadTableList(int from, int to)
    {
        var k = from;
        while (k < to)
        {
            if (IsSymbol(k, ",") || t[k].Kind == SqlTokenKind.Word && JoinWords.Contains(Word(k)) || IsWord(k, "ONLY")) { k++; continue; }
            if (IsSymbol(k, "("))
            {
                Report(Unsupported, "A subquery in FROM is not analysed.");
                k = SkipParens(k);
                SkipAlias(ref k, to);
                continue;
            }
            if (IsWord(k, "ON"))
            {
                var end = k + 1;
                var depth = 0;
                while (end < to)
                {
                    if (IsSymbol(end, "(")) depth++;
                    else if (IsSymbol(end, ")")) depth--;
                    else if (depth == 0 && (IsSymbol(end, ",") || t[end].Kind == SqlTokenKind.Word && JoinWords.Contains(Word(end)))) break;
                    end++;
                }
                ReadCondition(k + 1, end);
                k = end;
                continue;
            }
            if (IsWord(k, "USING") && IsSymbol(k + 1, "("))
            {
                var close = SkipParens(k + 1);
                if (tables.Count >= 2)
                {
                    for (var c = k + 2; c < close - 1; c++)
                    {
                        if (t[c].Kind is not (SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier)) continue;
                        foreach (var table in tables.TakeLast(2))
                        {
                            if (table.FindColumnByName(Word(c)) is { } col) joins.Add(new ColumnRef(table.Id, col.Id));
                        }
                    }
                }
                k = close;
                continue;
            }
            if (t[k].Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier)
            {
                var name = Word(k);
                string? schema = null;
                k++;
                if (IsSymbol(k, ".") && k + 1 < to) { schema = name; name = Word(k + 1); k += 2; }
                var table = FindTable(schema, name);
                if (table is null)
                {
                    Report(UnknownName, $"The table '{(schema is null ? name : schema + "." + name)}' is not in the design.");
                    SkipAlias(ref k, to);
                    continue;
                }
                tables.Add(table);
                aliases[table.Name] = table;
                var alias = SkipAlias(ref k, to);
                if (alias is not null) aliases[alias] = table;
                continue;
            }
            k++;
        }
    }

    private string? SkipAlias(ref int k, int to)
    {
        if (IsWord(k, "AS")) k++;
        if (k < to && t[k].Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier
            && !(t[k].Kind == SqlTokenKind.Word && (JoinWords.Contains(Word(k)) || NotAliases.Contains(Word(k)) || ClauseWords.Contains(Word(k)))))
        {
            return Word(k++);
        }
        return null;
    }

    private Table? FindTable(string? schema, string name)
    {
        foreach (var table in design.Tables)
        {
            if (!string.Equals(table.Name, name, StringComparison.OrdinalIgnoreCase)) continue;
            if (schema is null || table.Schema is null || string.Equals(table.Schema, schema, StringComparison.OrdinalIgnoreCase)) return table;
        }
        return null;
    }

    private int SkipParens(int open)
    {
        var depth = 0;
        for (var k = open; k < t.Length; k++)
        {
            if (IsSymbol(k, "(")) depth++;
            else if (IsSymbol(k, ")") && --depth == 0) return k + 1;
        }
        return t.Length;
    }

    /// <summary>A column reference at <paramref name="k"/>: <c>col</c>, <c>alias.col</c> or <c>schema.table.col</c>.</summary>
    private (Table Table, Column Column, int Next)? ColumnAt(int k, int to, bool report = true)
    {
        if (k >= to || t[k].Kind is not (SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier)) return null;
        if (IsSymbol(k + 1, "(")) return null; // a function call
        var parts = new List<string> { Word(k) };
        var next = k + 1;
        while (next + 1 < to && IsSymbol(next, ".") && t[next + 1].Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier)
        {
            parts.Add(Word(next + 1));
            next += 2;
        }
        var column = parts[^1];
        if (parts.Count >= 2)
        {
            var qualifier = parts[^2];
            var table = aliases.GetValueOrDefault(qualifier);
            if (table?.FindColumnByName(column) is { } c) return (table, c, next);
            if (report) Report(UnknownName, $"The column '{string.Join('.', parts)}' is not in the tables of the query.");
            return null;
        }
        if (t[k].Kind == SqlTokenKind.Word && IsKeywordValue(column)) return null;
        foreach (var table in tables)
        {
            if (table.FindColumnByName(column) is { } c) return (table, c, next);
        }
        return null;
    }

    private static bool IsKeywordValue(string word) =>
        word.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || word.Equals("FALSE", StringComparison.OrdinalIgnoreCase)
        || word.Equals("NULL", StringComparison.OrdinalIgnoreCase) || word.Equals("NOT", StringComparison.OrdinalIgnoreCase);

    private List<ColumnRef> ReadAssignments((int Start, int End) clause)
    {
        var result = new List<ColumnRef>();
        var depth = 0;
        var itemStart = true;
        for (var k = clause.Start + 1; k < clause.End; k++)
        {
            if (IsSymbol(k, "(")) depth++;
            else if (IsSymbol(k, ")")) depth--;
            else if (depth == 0 && IsSymbol(k, ",")) { itemStart = true; continue; }
            if (itemStart && depth == 0 && ColumnAt(k, clause.End) is { } c) result.Add(new ColumnRef(c.Table.Id, c.Column.Id));
            itemStart = false;
        }
        return result;
    }

    private bool ReadSelectList(int from, int to, List<ColumnRef> selected)
    {
        var all = false;
        for (var k = from; k < to; k++)
        {
            if (IsSymbol(k, "*") && (k == from || IsSymbol(k - 1, ",") || IsSymbol(k - 1, "."))) all = true;
            if (IsWord(k, "AS")) { k++; continue; }
            if (ColumnAt(k, to, report: false) is { } c)
            {
                selected.Add(new ColumnRef(c.Table.Id, c.Column.Id));
                k = c.Next - 1;
            }
        }
        return all;
    }

    private List<ColumnRef> ReadColumnList(int from, int to, bool withDirection)
    {
        var result = new List<ColumnRef>();
        var k = from;
        while (k < to)
        {
            if (ColumnAt(k, to) is { } c)
            {
                var next = c.Next;
                var descending = withDirection && IsWord(next, "DESC");
                result.Add(new ColumnRef(c.Table.Id, c.Column.Id, descending));
                k = next;
            }
            // Skip to the next item: expressions are not indexable as plain columns.
            var depth = 0;
            while (k < to && !(depth == 0 && IsSymbol(k, ",")))
            {
                if (IsSymbol(k, "(")) depth++;
                else if (IsSymbol(k, ")")) depth--;
                k++;
            }
            k++;
        }
        return result;
    }
}
