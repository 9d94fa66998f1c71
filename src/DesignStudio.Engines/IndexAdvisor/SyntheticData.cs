using System.Globalization;
using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Engines.IndexAdvisor;

/// <summary>
/// Set-based <c>INSERT ... SELECT</c> statements that fill a design's tables with synthetic rows matching the row
/// estimates, distinct counts and null fractions of <see cref="DataEstimates"/>: keys take the row number, foreign
/// keys pick an existing parent row, composite keys count in mixed radix so they stay unique, other columns spread
/// over their distinct count with a multiplicative hash. PostgreSQL uses generate_series, SQLite and MySQL/MariaDB a
/// recursive CTE (MySQL caps its depth with cte_max_recursion_depth: the verifier raises it first).
/// </summary>
public sealed class SyntheticData
{
    private readonly Design design;
    private readonly SqlDialect dialect;
    private readonly bool sqlite;
    private readonly bool mysql;

    /// <summary>Creates the generator for <paramref name="engine"/> (PostgreSQL, SQLite, MySQL or MariaDB).</summary>
    public SyntheticData(Design design, string engine)
    {
        this.design = design;
        dialect = DialectRegistry.Get(engine);
        sqlite = dialect.Name == DialectNames.Sqlite;
        mysql = dialect.Name is DialectNames.MySql or DialectNames.MariaDb;
    }

    /// <summary>One INSERT per table, parents before children.</summary>
    public IReadOnlyList<(Table Table, string Sql)> Statements() =>
        ForeignKeyOrder.Plan(design, deferCycles: true).Tables.Select(t => (t, Insert(t))).ToArray();

    /// <summary>The rows generated for <paramref name="table"/> (its estimate, capped by what its composite key can hold).</summary>
    public long RowsOf(Table table)
    {
        var rows = DataEstimates.Rows(table);
        var key = CompositeKey(table);
        if (key.Count == 0) return rows;
        var capacity = 1.0;
        foreach (var c in key) capacity *= Domain(table, table.GetColumn(c));
        return (long)Math.Min(rows, capacity);
    }

    private string Insert(Table table)
    {
        var rows = RowsOf(table);
        var columns = table.Columns.ToList();
        var values = columns.Select((c, i) => Value(table, c, "g", i + 1)).ToList();
        var names = string.Join(", ", columns.Select(c => dialect.QuoteIdentifier(c.Name)));
        var target = (table.Schema is { } s ? dialect.QuoteIdentifier(s) + "." : "") + dialect.QuoteIdentifier(table.Name);
        var overriding = !sqlite && columns.Any(c => c.Identity == IdentityKind.Always) ? " OVERRIDING SYSTEM VALUE" : "";
        if (mysql)
            return $"INSERT INTO {target} ({names}) SELECT {string.Join(", ", values)} FROM (WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < {rows}) SELECT g FROM s) AS s";
        return sqlite
            ? $"WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < {rows}) INSERT INTO {target} ({names}) SELECT {string.Join(", ", values)} FROM s"
            : $"INSERT INTO {target} ({names}){overriding} SELECT {string.Join(", ", values)} FROM generate_series(1::bigint, {rows}::bigint) AS s(g)";
    }

    private List<string> CompositeKey(Table table)
    {
        if (table.PrimaryKey is { ColumnIds.Count: > 1 } pk) return [.. pk.ColumnIds];
        return table.Uniques.FirstOrDefault(u => u.ColumnIds.Count > 1)?.ColumnIds.ToList() ?? [];
    }

    private bool? IsKey(Table table, string columnId) => DataEstimates.IsSingleColumnKey(table, columnId);

    /// <summary>How many values the column can take: a parent's rows for a foreign key, else its distinct estimate.</summary>
    private long Domain(Table table, Column column) =>
        ParentOf(table, column) is { } parent ? RowsOf(parent.Table) : DataEstimates.Distinct(design, table, column);

    private (Table Table, Column Column)? ParentOf(Table table, Column column)
    {
        foreach (var fk in table.ForeignKeys)
        {
            var at = fk.ColumnIds.ToList().IndexOf(column.Id);
            if (at < 0 || design.FindTable(fk.TargetTableId) is not { } target || target.FindColumn(fk.TargetColumnIds[at]) is not { } tc) continue;
            if (target.Id == table.Id) return null; // self reference: leave it to the null fraction / own values
            return (target, tc);
        }
        return null;
    }

    /// <summary>The value of <paramref name="column"/> for row number <paramref name="g"/> (an SQL expression, 1-based).</summary>
    private string Value(Table table, Column column, string g, int salt)
    {
        var key = CompositeKey(table);
        string ordinal;
        if (IsKey(table, column.Id) == true) ordinal = g;
        else if (key.IndexOf(column.Id) is var pos and >= 0)
        {
            long radix = 1;
            for (var k = 0; k < pos; k++) radix *= Domain(table, table.GetColumn(key[k]));
            ordinal = $"(((({g}) - 1) {(mysql ? "DIV" : "/")} {radix}) % {Domain(table, column)} + 1)";
        }
        else ordinal = Spread(g, salt, Domain(table, column));

        var value = ParentOf(table, column) is { } parent ? Value(parent.Table, parent.Column, ordinal, 0) : Typed(column, ordinal);
        var nulls = DataEstimates.NullFraction(column);
        if (nulls <= 0) return value;
        var threshold = (long)(nulls * 10_000);
        return $"CASE WHEN {Spread(g, salt + 7919, 10_000)} <= {threshold} THEN NULL ELSE {value} END";
    }

    private static string Spread(string g, int salt, long domain) =>
        $"(1 + ((({g}) * 2654435761 + {salt * 40503}) % 4294967291) % {Math.Max(1, domain)})";

    private string Typed(Column column, string v)
    {
        var type = column.Type;
        var element = Element(type, v, column);
        if (sqlite || mysql) return element;
        var sqlType = column.NativeTypeFor(DialectNames.PostgreSql)
                      ?? dialect.Types.Map(type, type.EnumId is { } e ? design.FindEnum(e) : null).Sql;
        return type.IsArray ? $"CAST(ARRAY[{element}] AS {sqlType})" : $"CAST({element} AS {sqlType})";
    }

    private string Element(LogicalType type, string v, Column column)
    {
        if (mysql) return MySqlElement(type, v);
        string Text(string prefix) => sqlite ? $"('{prefix}' || {v})" : $"('{prefix}' || ({v})::text)";
        switch (type.Kind)
        {
            case TypeKind.Int16: return $"({v} % 32000)";
            case TypeKind.Int32 or TypeKind.Int64: return v;
            case TypeKind.Decimal:
                var digits = Math.Clamp((type.Precision ?? 18) - (type.Scale ?? 0), 1, 15);
                return $"({v} % {Math.Pow(10, digits).ToString(CultureInfo.InvariantCulture)})";
            case TypeKind.Float32 or TypeKind.Float64: return sqlite ? $"({v} * 1.0)" : $"({v})::float8";
            case TypeKind.Boolean: return sqlite ? $"({v} % 2)" : $"({v} % 2 = 0)";
            case TypeKind.Enum:
                var values = type.EnumId is { } id && design.FindEnum(id) is { } en ? en.Values.ToList() : ["a"];
                return sqlite
                    ? $"(CASE {v} % {values.Count} {string.Join(" ", values.Select((x, i) => $"WHEN {i} THEN {dialect.QuoteString(x)}"))} END)"
                    : $"(ARRAY[{string.Join(", ", values.Select(dialect.QuoteString))}])[1 + {v} % {values.Count}]";
            case TypeKind.Uuid: return sqlite ? $"lower(hex(randomblob(16)))" : $"md5(({v})::text)::uuid";
            case TypeKind.Date: return sqlite ? $"date('2020-01-01', '+' || ({v} % 3650) || ' days')" : $"(date '2020-01-01' + ({v} % 3650)::int)";
            case TypeKind.Time: return sqlite ? $"time({v} % 86400, 'unixepoch')" : $"(time '00:00' + ({v} % 86400) * interval '1 second')";
            case TypeKind.Timestamp or TypeKind.TimestampTz:
                return sqlite ? $"datetime('2020-01-01', '+' || {v} || ' minutes')" : $"(timestamp '2020-01-01' + ({v}) * interval '1 minute')";
            case TypeKind.Interval: return sqlite ? Text("") : $"(({v}) * interval '1 second')";
            case TypeKind.Json: return sqlite ? $"json_object('k', {v})" : $"jsonb_build_object('k', {v}, 'tag', 't' || ({v} % 50))";
            case TypeKind.Binary: return sqlite ? $"randomblob(16)" : $"decode(md5(({v})::text), 'hex')";
            case TypeKind.Text:
                // Words, so that text search finds something: ~1000 distinct lead words and a topic.
                return sqlite
                    ? $"('word' || ({v} % 1000) || ' topic' || ({v} % 97) || ' v' || {v})"
                    : $"('word' || ({v} % 1000)::text || ' topic' || ({v} % 97)::text || ' v' || ({v})::text)";
            default:
                var text = Text("v");
                return type.Length is { } n ? (sqlite ? $"substr({text}, 1, {n})" : $"left({text}, {n})") : text;
        }
    }

    /// <summary>MySQL/MariaDB values: implicit conversions on insert, CONCAT for text, DATE_ADD for time.</summary>
    private string MySqlElement(LogicalType type, string v)
    {
        switch (type.Kind)
        {
            case TypeKind.Int16: return $"({v} % 32000)";
            case TypeKind.Int32 or TypeKind.Int64: return v;
            case TypeKind.Decimal:
                var digits = Math.Clamp((type.Precision ?? 18) - (type.Scale ?? 0), 1, 15);
                return $"({v} % {Math.Pow(10, digits).ToString(CultureInfo.InvariantCulture)})";
            case TypeKind.Float32 or TypeKind.Float64: return $"({v} * 1.0)";
            case TypeKind.Boolean: return $"({v} % 2)";
            case TypeKind.Enum:
                var values = type.EnumId is { } id && design.FindEnum(id) is { } en ? en.Values.ToList() : ["a"];
                return $"ELT(1 + {v} % {values.Count}, {string.Join(", ", values.Select(dialect.QuoteString))})";
            case TypeKind.Uuid: return "UUID()";
            case TypeKind.Date: return $"DATE_ADD('2020-01-01', INTERVAL ({v} % 3650) DAY)";
            case TypeKind.Time: return $"SEC_TO_TIME({v} % 86400)";
            case TypeKind.Timestamp or TypeKind.TimestampTz: return $"DATE_ADD('2020-01-01 00:00:00', INTERVAL {v} MINUTE)";
            case TypeKind.Json: return $"JSON_OBJECT('k', {v}, 'tag', CONCAT('t', {v} % 50))";
            case TypeKind.Binary: return $"UNHEX(MD5({v}))";
            case TypeKind.Text: return $"CONCAT('word', {v} % 1000, ' topic', {v} % 97, ' v', {v})";
            default:
                var text = $"CONCAT('v', {v})";
                return type.Length is { } n ? $"LEFT({text}, {n})" : text;
        }
    }
}
