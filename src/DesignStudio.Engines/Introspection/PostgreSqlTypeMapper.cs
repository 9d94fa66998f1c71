using System.Globalization;
using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>
/// Maps PostgreSQL type text as <c>format_type()</c> spells it (<c>character varying(20)</c>,
/// <c>timestamp(3) with time zone</c>, <c>numeric(10,2)</c>, <c>integer[]</c>) to logical types.
/// </summary>
public static class PostgreSqlTypeMapper
{
    /// <summary>Maps a built-in type; anything unknown (citext, tsvector, geometry, inet …) becomes text, not exact.</summary>
    public static NativeTypeMapping Map(string formatted)
    {
        var text = formatted.Trim();
        if (text.EndsWith("[]", StringComparison.Ordinal))
        {
            var element = Map(text.TrimEnd('[', ']'));
            return element with { Type = element.Type.AsArray() };
        }
        var (name, args) = SplitArguments(text);
        int? first = args.Count > 0 ? args[0] : null;
        int? second = args.Count > 1 ? args[1] : null;
        return name switch
        {
            "smallint" => NativeTypeMapping.ExactlyAs(TypeKind.Int16),
            "integer" => NativeTypeMapping.ExactlyAs(TypeKind.Int32),
            "bigint" => NativeTypeMapping.ExactlyAs(TypeKind.Int64),
            "numeric" => NativeTypeMapping.ExactlyAs(new LogicalType { Kind = TypeKind.Decimal, Precision = first, Scale = first is null ? null : second ?? 0 }),
            "real" => NativeTypeMapping.ExactlyAs(TypeKind.Float32),
            "double precision" => NativeTypeMapping.ExactlyAs(TypeKind.Float64),
            "boolean" => NativeTypeMapping.ExactlyAs(TypeKind.Boolean),
            "text" => NativeTypeMapping.ExactlyAs(TypeKind.Text),
            "character varying" when first is { } n => NativeTypeMapping.ExactlyAs(LogicalType.Varchar(n)),
            "character varying" => NativeTypeMapping.Closest(TypeKind.Text),
            "character" => NativeTypeMapping.ExactlyAs(LogicalType.Char(first ?? 1)),
            "uuid" => NativeTypeMapping.ExactlyAs(TypeKind.Uuid),
            "date" => NativeTypeMapping.ExactlyAs(TypeKind.Date),
            "time without time zone" => NativeTypeMapping.ExactlyAs(new LogicalType { Kind = TypeKind.Time, Precision = first }),
            "time with time zone" => NativeTypeMapping.Closest(new LogicalType { Kind = TypeKind.Time, Precision = first }),
            "timestamp without time zone" => NativeTypeMapping.ExactlyAs(new LogicalType { Kind = TypeKind.Timestamp, Precision = first }),
            "timestamp with time zone" => NativeTypeMapping.ExactlyAs(new LogicalType { Kind = TypeKind.TimestampTz, Precision = first }),
            "interval" => NativeTypeMapping.ExactlyAs(TypeKind.Interval),
            "jsonb" => NativeTypeMapping.ExactlyAs(TypeKind.Json),
            "json" => NativeTypeMapping.Closest(TypeKind.Json),
            "bytea" => NativeTypeMapping.ExactlyAs(TypeKind.Binary),
            "bit" or "bit varying" => NativeTypeMapping.Closest(TypeKind.Binary),
            "smallserial" => NativeTypeMapping.Closest(TypeKind.Int16),
            "money" => NativeTypeMapping.Closest(LogicalType.Decimal(19, 2)),
            _ when name.StartsWith("interval", StringComparison.Ordinal) => NativeTypeMapping.Closest(TypeKind.Interval),
            _ => NativeTypeMapping.Closest(TypeKind.Text),
        };
    }

    // "timestamp(3) with time zone" → ("timestamp with time zone", [3]); "numeric(10,2)" → ("numeric", [10, 2]).
    private static (string Name, List<int> Args) SplitArguments(string text)
    {
        var open = text.IndexOf('(');
        if (open < 0 || text.StartsWith('"')) return (text, []);
        var close = text.IndexOf(')', open);
        if (close < 0) return (text, []);
        var args = new List<int>();
        foreach (var part in text[(open + 1)..close].Split(','))
        {
            if (!int.TryParse(part.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return (text, []);
            args.Add(n);
        }
        var name = (text[..open].TrimEnd() + " " + text[(close + 1)..].TrimStart()).Trim();
        return (name, args);
    }
}
