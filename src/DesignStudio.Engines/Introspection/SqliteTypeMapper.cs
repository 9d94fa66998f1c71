using System.Globalization;
using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>
/// Maps SQLite declared column types (any text; SQLite only derives an affinity from it) to logical types:
/// well-known names map exactly, anything else by SQLite's affinity rules with the declared text kept.
/// </summary>
public static class SqliteTypeMapper
{
    /// <summary>Maps a declared type.</summary>
    public static NativeTypeMapping Map(string declared)
    {
        var text = declared.Trim().ToUpperInvariant();
        var open = text.IndexOf('(');
        var name = (open >= 0 ? text[..open] : text).Trim();
        var args = Arguments(text, open);
        int? first = args.Count > 0 ? args[0] : null;
        int? second = args.Count > 1 ? args[1] : null;
        return name switch
        {
            "INTEGER" or "BIGINT" or "INT8" => NativeTypeMapping.ExactlyAs(TypeKind.Int64),
            "INT" or "INT4" => NativeTypeMapping.ExactlyAs(TypeKind.Int32),
            "SMALLINT" or "INT2" => NativeTypeMapping.ExactlyAs(TypeKind.Int16),
            "TINYINT" => NativeTypeMapping.Closest(TypeKind.Int16),
            "MEDIUMINT" => NativeTypeMapping.Closest(TypeKind.Int32),
            "TEXT" => NativeTypeMapping.ExactlyAs(TypeKind.Text),
            "VARCHAR" or "CHARACTER VARYING" when first is { } n => NativeTypeMapping.ExactlyAs(LogicalType.Varchar(n)),
            "NVARCHAR" or "VARYING CHARACTER" or "NATIVE CHARACTER" when first is { } n => NativeTypeMapping.Closest(LogicalType.Varchar(n)),
            "CHAR" or "CHARACTER" when first is { } n => NativeTypeMapping.ExactlyAs(LogicalType.Char(n)),
            "NCHAR" when first is { } n => NativeTypeMapping.Closest(LogicalType.Char(n)),
            "REAL" or "DOUBLE" or "DOUBLE PRECISION" => NativeTypeMapping.ExactlyAs(TypeKind.Float64),
            "FLOAT" => NativeTypeMapping.Closest(TypeKind.Float64),
            "NUMERIC" or "DECIMAL" when first is { } p => NativeTypeMapping.ExactlyAs(LogicalType.Decimal(p, second ?? 0)),
            "BOOLEAN" or "BOOL" => NativeTypeMapping.ExactlyAs(TypeKind.Boolean),
            "DATE" => NativeTypeMapping.ExactlyAs(TypeKind.Date),
            "DATETIME" or "TIMESTAMP" => NativeTypeMapping.ExactlyAs(TypeKind.Timestamp),
            "TIME" => NativeTypeMapping.ExactlyAs(TypeKind.Time),
            "BLOB" => NativeTypeMapping.ExactlyAs(TypeKind.Binary),
            "UUID" => NativeTypeMapping.ExactlyAs(TypeKind.Uuid),
            "JSON" => NativeTypeMapping.ExactlyAs(TypeKind.Json),
            _ => ByAffinity(name),
        };
    }

    // https://www.sqlite.org/datatype3.html#determination_of_column_affinity, in SQLite's order.
    private static NativeTypeMapping ByAffinity(string name)
    {
        if (name.Contains("INT", StringComparison.Ordinal)) return NativeTypeMapping.Closest(TypeKind.Int64);
        if (name.Contains("CHAR", StringComparison.Ordinal) || name.Contains("CLOB", StringComparison.Ordinal) || name.Contains("TEXT", StringComparison.Ordinal))
        {
            return NativeTypeMapping.Closest(TypeKind.Text);
        }
        if (name.Length == 0 || name.Contains("BLOB", StringComparison.Ordinal)) return NativeTypeMapping.Closest(TypeKind.Binary);
        if (name.Contains("REAL", StringComparison.Ordinal) || name.Contains("FLOA", StringComparison.Ordinal) || name.Contains("DOUB", StringComparison.Ordinal))
        {
            return NativeTypeMapping.Closest(TypeKind.Float64);
        }
        return NativeTypeMapping.Closest(new LogicalType { Kind = TypeKind.Decimal });
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
