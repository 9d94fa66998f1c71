using System.Globalization;
using System.Text.RegularExpressions;
using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>
/// Brings what the model says and what an engine's catalog reports into one spelling, so the two can be compared
/// line by line (e.g. PostgreSQL reports varchar(255) as "character varying(255)", MariaDB int as "int(11)").
/// </summary>
public static partial class Canonical
{
    [GeneratedRegex(@"^(tinyint|smallint|mediumint|int|bigint)\(\d+\)(.*)$")]
    private static partial Regex IntegerWidth();

    [GeneratedRegex(@"^(.*)::(""[^""]+""|[a-z_ ]+)(\(\d+(,\d+)?\))?(\[\])?$", RegexOptions.Singleline)]
    private static partial Regex TrailingCast();

    [GeneratedRegex(@"[\s()]")]
    private static partial Regex Squash();

    /// <summary>A type name in one spelling per engine.</summary>
    public static string Type(Engine engine, string raw)
    {
        switch (engine)
        {
            case Engine.Postgres:
                var t = raw.ToLowerInvariant();
                if (t.EndsWith("[]", StringComparison.Ordinal)) return Type(engine, t[..^2]) + "[]";
                return Regex.Replace(t, @"^varchar(.*)$", "character varying$1") switch
                {
                    var v when v.StartsWith("char(", StringComparison.Ordinal) => "character" + v[4..],
                    var v when Regex.Match(v, @"^timestamptz(\(\d\))?$") is { Success: true } m => $"timestamp{m.Groups[1].Value} with time zone",
                    var v when Regex.Match(v, @"^(timestamp|time)(\(\d\))?$") is { Success: true } m => $"{m.Groups[1].Value}{m.Groups[2].Value} without time zone",
                    var v => v,
                };
            case Engine.MariaDb:
                var my = raw.ToLowerInvariant();
                if (my == "json") return "longtext"; // MariaDB's JSON is an alias of longtext
                var w = IntegerWidth().Match(my);
                return w.Success && !(w.Groups[1].Value == "tinyint" && my.StartsWith("tinyint(1)", StringComparison.Ordinal)) ? w.Groups[1].Value + w.Groups[2].Value : my;
            default:
                return raw;
        }
    }

    /// <summary>A default in one spelling: none, now, today, uuid, a number, true/false, a quoted string, or expr:...</summary>
    public static string Default(Engine engine, string? raw, Column? column)
    {
        if (raw is null || (engine == Engine.MariaDb && raw == "NULL")) return "none";
        var s = raw.Trim();
        if (engine == Engine.Postgres)
        {
            for (var m = TrailingCast().Match(s); m.Success; m = TrailingCast().Match(s)) s = m.Groups[1].Value;
        }
        while (engine != Engine.Postgres && s.StartsWith('(') && s.EndsWith(')')) s = s[1..^1].Trim();
        var lower = s.ToLowerInvariant();
        if (lower is "current_timestamp" or "now()" or "current_timestamp()" || lower.StartsWith("current_timestamp(", StringComparison.Ordinal)
            || lower.StartsWith("strftime('%y-%m-%dt%h:%m:%fz', 'now')", StringComparison.Ordinal)) return "now";
        if (lower is "current_date" or "curdate()" or "current_date()") return "today";
        if (lower is "gen_random_uuid()" or "uuid()" || lower.StartsWith("lower(hex(randomblob(4))", StringComparison.Ordinal)) return "uuid";
        if (s.Length >= 2 && s[0] == '\'' && s[^1] == '\'')
        {
            return Literal(engine == Engine.MariaDb ? UnescapeMariaDb(s[1..^1]) : s[1..^1].Replace("''", "'", StringComparison.Ordinal), column);
        }
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || lower is "true" or "false") return Literal(s, column);
        return "expr:" + Squash().Replace(lower, "");
    }

    /// <summary>MariaDB writes literals in its catalog with '' or \' for a quote and \\ for a backslash.</summary>
    private static string UnescapeMariaDb(string body)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length)
            {
                i++;
                sb.Append(body[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', var c => c });
            }
            else if (body[i] == '\'' && i + 1 < body.Length && body[i + 1] == '\'')
            {
                sb.Append('\'');
                i++;
            }
            else sb.Append(body[i]);
        }
        return sb.ToString();
    }

    /// <summary>The canonical default the model asks for.</summary>
    public static string Default(Column column)
    {
        if (column.Identity != IdentityKind.None || column.Default is not { } d) return "none";
        return d.Kind switch
        {
            DefaultKind.CurrentTimestamp => "now",
            DefaultKind.CurrentDate => "today",
            DefaultKind.RandomUuid => "uuid",
            DefaultKind.Expression => "expr:" + Squash().Replace((d.Value ?? "").ToLowerInvariant(), ""),
            _ => Literal(d.Value ?? "", column),
        };
    }

    /// <summary>A literal by the column's logical type: numbers by value, booleans as true/false, text quoted.</summary>
    private static string Literal(string value, Column? column)
    {
        var kind = column?.Type is { IsArray: false } t && column.NativeTypes.Count == 0 ? t.Kind : TypeKind.Text;
        switch (kind)
        {
            case TypeKind.Boolean:
                return value.Trim().ToLowerInvariant() switch { "1" or "true" or "t" => "true", "0" or "false" or "f" => "false", var v => "bool?" + v };
            case TypeKind.Int16 or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal or TypeKind.Float32 or TypeKind.Float64:
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                    ? n.ToString("R", CultureInfo.InvariantCulture) : "number?" + value;
            default:
                return "'" + value + "'";
        }
    }

    /// <summary>A referential action; RESTRICT and NO ACTION are one thing in InnoDB, so MariaDB folds them.</summary>
    public static string Action(Engine engine, string? raw)
    {
        var a = string.IsNullOrEmpty(raw) ? "NO ACTION" : raw.ToUpperInvariant();
        return engine == Engine.MariaDb && a == "RESTRICT" ? "NO ACTION" : a;
    }
}
