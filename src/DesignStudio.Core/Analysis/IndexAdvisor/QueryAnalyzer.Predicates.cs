using DesignStudio.Core.Import;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

public sealed partial class QueryAnalyzer
{
    private static readonly HashSet<string> RangeOperators = ["<", ">", "<=", ">="];
    private static readonly HashSet<string> JsonOperators = ["@>", "<@", "?", "?|", "?&", "&&"];

    /// <summary>Splits a condition into top-level AND conjuncts; a top-level OR makes the whole condition unusable.</summary>
    private void ReadCondition(int from, int to)
    {
        if (from >= to) return;
        var conjuncts = new List<(int, int)>();
        var depth = 0;
        var start = from;
        var inBetween = false;
        for (var k = from; k < to; k++)
        {
            if (IsSymbol(k, "(")) depth++;
            else if (IsSymbol(k, ")")) depth--;
            else if (depth > 0) continue;
            else if (IsWord(k, "OR")) return;
            else if (IsWord(k, "BETWEEN")) inBetween = true;
            else if (IsWord(k, "AND") || IsSymbol(k, "&&") && !IsJsonContext(k))
            {
                if (inBetween) { inBetween = false; continue; }
                conjuncts.Add((start, k));
                start = k + 1;
            }
        }
        conjuncts.Add((start, to));
        foreach (var (a, b) in conjuncts)
        {
            if (b - a >= 2 && IsSymbol(a, "(") && SkipParens(a) == b) ReadCondition(a + 1, b - 1);
            else ReadConjunct(a, b);
        }
    }

    // In PostgreSQL && is the array-overlap operator, in MySQL a synonym of AND: it is an operator right after a column.
    private bool IsJsonContext(int k) => k > 0 && t[k - 1].Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier;

    private void ReadConjunct(int from, int to)
    {
        if (from >= to) return;
        // NOT col  /  col   (boolean column as a condition)
        if (IsWord(from, "NOT") && ColumnAt(from + 1, to) is { Next: var n1 } notCol && n1 == to && IsBoolean(notCol.Column))
        {
            Add(notCol.Table, notCol.Column, PredicateKind.Constant, "NOT " + Quote(notCol.Column));
            return;
        }
        // to_tsvector(...) @@ ...
        if (IsWord(from, "to_tsvector") && IsSymbol(from + 1, "("))
        {
            var close = SkipParens(from + 1);
            if (IsSymbol(close, "@@") && FirstColumnIn(from + 2, close - 1) is { } ft)
            {
                var expression = StripQualifiers(from, close);
                Add(ft.Table, ft.Column, PredicateKind.FullText, TextOf(from, to), expression);
                return;
            }
        }
        // MATCH (a, b) AGAINST (...)
        if (IsWord(from, "MATCH") && IsSymbol(from + 1, "("))
        {
            var close = SkipParens(from + 1);
            if (IsWord(close, "AGAINST"))
            {
                for (var k = from + 2; k < close - 1; k++)
                {
                    if (ColumnAt(k, close - 1) is { } m) { Add(m.Table, m.Column, PredicateKind.FullText, TextOf(from, to)); k = m.Next - 1; }
                }
                return;
            }
        }
        if (ColumnAt(from, to) is not { } left)
        {
            // value op col: read it mirrored.
            for (var k = from + 1; k < to; k++)
            {
                if (t[k].Kind != SqlTokenKind.Symbol || k + 1 >= to) continue;
                if (ColumnAt(k + 1, to, report: false) is { } right && right.Next == to && k == from + 1)
                {
                    var op = Mirror(script.TextOf(t[k]));
                    Classify(right.Table, right.Column, op, from, from + 1, TextOf(from, to));
                }
                break;
            }
            return;
        }
        var at = left.Next;
        if (at >= to)
        {
            if (IsBoolean(left.Column)) Add(left.Table, left.Column, PredicateKind.Constant, Quote(left.Column));
            return;
        }
        var text = TextOf(from, to);
        if (IsWord(at, "IS"))
        {
            var not = IsWord(at + 1, "NOT");
            var kind = IsWord(at + (not ? 2 : 1), "NULL") ? PredicateKind.IsNull : PredicateKind.Constant;
            var value = TextOf(at, to);
            Add(left.Table, left.Column, kind, Quote(left.Column) + " " + value);
            return;
        }
        if (IsWord(at, "IN")) { Add(left.Table, left.Column, PredicateKind.In, text); return; }
        if (IsWord(at, "BETWEEN")) { Add(left.Table, left.Column, PredicateKind.Range, text); return; }
        if (IsWord(at, "LIKE"))
        {
            var pattern = at + 1 < to && t[at + 1].Kind == SqlTokenKind.String ? script.TextOf(t[at + 1]) : null;
            var prefix = pattern is { Length: > 2 } && pattern[1] is not ('%' or '_');
            Add(left.Table, left.Column, prefix ? PredicateKind.LikePrefix : PredicateKind.Other, text);
            return;
        }
        if (t[at].Kind == SqlTokenKind.Symbol)
        {
            Classify(left.Table, left.Column, script.TextOf(t[at]), at + 1, to, text);
            return;
        }
        Add(left.Table, left.Column, PredicateKind.Other, text);
    }

    private void Classify(Table table, Column column, string op, int valueFrom, int valueTo, string text)
    {
        if (op is "=" or "<=>" && ColumnAt(valueFrom, valueTo, report: false) is { } other && other.Next == valueTo
            && !(other.Table.Id == table.Id && other.Column.Id == column.Id))
        {
            joins.Add(new ColumnRef(table.Id, column.Id));
            joins.Add(new ColumnRef(other.Table.Id, other.Column.Id));
            return;
        }
        var kind = op switch
        {
            "=" or "<=>" when valueTo == valueFrom + 1 && (IsWord(valueFrom, "TRUE") || IsWord(valueFrom, "FALSE")) => PredicateKind.Constant,
            "=" or "<=>" => PredicateKind.Equality,
            _ when RangeOperators.Contains(op) => PredicateKind.Range,
            _ when JsonOperators.Contains(op) => PredicateKind.JsonOrArray,
            _ => PredicateKind.Other,
        };
        // Written as PostgreSQL canonicalises it (is_active, NOT is_active): HypoPG matches partial predicates literally.
        if (kind == PredicateKind.Constant) text = (IsWord(valueFrom, "TRUE") ? "" : "NOT ") + Quote(column);
        Add(table, column, kind, text);
    }

    private static string Mirror(string op) => op switch { "<" => ">", ">" => "<", "<=" => ">=", ">=" => "<=", _ => op };

    private void Add(Table table, Column column, PredicateKind kind, string text, string? expression = null) =>
        predicates.Add(new ColumnPredicate(table.Id, column.Id, kind, text) { Expression = expression });

    private (Table Table, Column Column, int Next)? FirstColumnIn(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (ColumnAt(k, to, report: false) is { } c) return c;
        }
        return null;
    }

    /// <summary>The text of tokens [from, to) with <c>alias.</c> qualifiers removed (index expressions name bare columns).</summary>
    private string StripQualifiers(int from, int to)
    {
        var sb = new System.Text.StringBuilder();
        var lastEnd = -1;
        for (var k = from; k < to; k++)
        {
            var start = t[k].Start;
            if (k + 1 < to && IsSymbol(k + 1, ".") && aliases.ContainsKey(Word(k))) k += 2; // drop "alias."
            if (k >= to) break;
            if (lastEnd >= 0 && start > lastEnd) sb.Append(' ');
            sb.Append(script.TextOf(t[k]));
            lastEnd = t[k].End;
        }
        return sb.ToString();
    }

    private static bool IsBoolean(Column column) => column.Type.Kind == TypeKind.Boolean && !column.Type.IsArray;

    private static string Quote(Column column) =>
        column.Name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_') ? column.Name : "\"" + column.Name.Replace("\"", "\"\"") + "\"";
}
