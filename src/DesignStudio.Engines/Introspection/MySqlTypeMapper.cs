using System.Globalization;
using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>
/// Maps MySQL / MariaDB column types as <c>information_schema.COLUMNS.COLUMN_TYPE</c> spells them
/// (<c>int(10) unsigned</c>, <c>varchar(45)</c>, <c>tinyint(1)</c>, <c>set('a','b')</c>) to logical types.
/// ENUM is handled by the reader (it becomes an <see cref="EnumType"/>).
/// </summary>
public static class MySqlTypeMapper
{
    /// <summary>Maps a column type; unsigned integers widen to the next logical size and keep the native text.</summary>
    public static NativeTypeMapping Map(string columnType)
    {
        var text = columnType.Trim().ToLowerInvariant();
        var unsigned = text.Contains(" unsigned", StringComparison.Ordinal);
        var plain = !unsigned && !text.Contains(" zerofill", StringComparison.Ordinal);
        var open = text.IndexOf('(');
        var space = text.IndexOf(' ');
        var end = open >= 0 ? open : space >= 0 ? space : text.Length;
        var name = text[..end];
        var args = Arguments(text, open);
        int? first = args.Count > 0 ? args[0] : null;
        int? second = args.Count > 1 ? args[1] : null;
        NativeTypeMapping Int(TypeKind kind, TypeKind wider) => plain ? NativeTypeMapping.ExactlyAs(kind) : NativeTypeMapping.Closest(wider);
        return name switch
        {
            "tinyint" when first == 1 && plain => NativeTypeMapping.ExactlyAs(TypeKind.Boolean),
            "bool" or "boolean" => NativeTypeMapping.ExactlyAs(TypeKind.Boolean),
            "tinyint" => NativeTypeMapping.Closest(TypeKind.Int16),
            "smallint" => Int(TypeKind.Int16, TypeKind.Int32),
            "mediumint" => NativeTypeMapping.Closest(TypeKind.Int32),
            "int" or "integer" => Int(TypeKind.Int32, TypeKind.Int64),
            "bigint" => plain ? NativeTypeMapping.ExactlyAs(TypeKind.Int64) : NativeTypeMapping.Closest(LogicalType.Decimal(20, 0)),
            "decimal" or "numeric" or "dec" or "fixed" => new NativeTypeMapping(
                new LogicalType { Kind = TypeKind.Decimal, Precision = first ?? 10, Scale = second ?? 0 }, plain),
            "float" => new NativeTypeMapping(LogicalType.Of(TypeKind.Float32), plain && first is null),
            "double" or "real" => new NativeTypeMapping(LogicalType.Of(TypeKind.Float64), plain && first is null),
            "bit" when first is null or 1 => NativeTypeMapping.Closest(TypeKind.Boolean),
            "bit" => NativeTypeMapping.Closest(TypeKind.Binary),
            "char" => NativeTypeMapping.ExactlyAs(LogicalType.Char(first ?? 1)),
            "varchar" when first is { } n => NativeTypeMapping.ExactlyAs(LogicalType.Varchar(n)),
            "text" when first is null => NativeTypeMapping.ExactlyAs(TypeKind.Text),
            "tinytext" or "text" or "mediumtext" or "longtext" => NativeTypeMapping.Closest(TypeKind.Text),
            "varbinary" when first is { } n => NativeTypeMapping.ExactlyAs(new LogicalType { Kind = TypeKind.Binary, Length = n }),
            "binary" => NativeTypeMapping.Closest(new LogicalType { Kind = TypeKind.Binary, Length = first ?? 1 }),
            "blob" when first is null => NativeTypeMapping.ExactlyAs(TypeKind.Binary),
            "tinyblob" or "blob" or "mediumblob" or "longblob" => NativeTypeMapping.Closest(TypeKind.Binary),
            "date" => NativeTypeMapping.ExactlyAs(TypeKind.Date),
            "time" => NativeTypeMapping.ExactlyAs(new LogicalType { Kind = TypeKind.Time, Precision = first is 0 ? null : first }),
            "datetime" => NativeTypeMapping.ExactlyAs(new LogicalType { Kind = TypeKind.Timestamp, Precision = first is 0 ? null : first }),
            "timestamp" => NativeTypeMapping.ExactlyAs(new LogicalType { Kind = TypeKind.TimestampTz, Precision = first is 0 ? null : first }),
            "year" => NativeTypeMapping.Closest(TypeKind.Int16),
            "json" => NativeTypeMapping.ExactlyAs(TypeKind.Json),
            "uuid" => NativeTypeMapping.ExactlyAs(TypeKind.Uuid),
            "geometry" or "point" or "linestring" or "polygon" or "multipoint" or "multilinestring" or "multipolygon"
                or "geometrycollection" => NativeTypeMapping.Closest(TypeKind.Binary),
            _ => NativeTypeMapping.Closest(TypeKind.Text),
        };
    }

    /// <summary>
    /// The native text worth keeping as an override: integer display widths (deprecated in MySQL 8) removed,
    /// e.g. <c>smallint(5) unsigned</c> → <c>smallint unsigned</c>.
    /// </summary>
    public static string OverrideText(string columnType)
    {
        var text = columnType.Trim().ToLowerInvariant();
        foreach (var integer in new[] { "tinyint", "smallint", "mediumint", "int", "integer", "bigint" })
        {
            if (!text.StartsWith(integer + "(", StringComparison.Ordinal)) continue;
            var close = text.IndexOf(')', integer.Length);
            if (close > 0 && !(integer == "tinyint" && text[(integer.Length + 1)..close] == "1")) text = integer + text[(close + 1)..];
            break;
        }
        return text;
    }

    private static List<int> Arguments(string text, int open)
    {
        if (open < 0) return [];
        var close = text.IndexOf(')', open);
        if (close < 0) return [];
        var args = new List<int>();
        foreach (var part in text[(open + 1)..close].Split(','))
        {
            if (!int.TryParse(part.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return [];
            args.Add(n);
        }
        return args;
    }
}
