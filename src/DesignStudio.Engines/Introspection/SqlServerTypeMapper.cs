using System.Globalization;
using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>Maps SQL Server system types (name, max_length in bytes, precision, scale from sys.columns) to logical types.</summary>
public static class SqlServerTypeMapper
{
    /// <summary>Maps a system type.</summary>
    public static NativeTypeMapping Map(string typeName, int maxLength, int precision, int scale)
    {
        var name = typeName.ToLowerInvariant();
        int? Chars(int bytesPerChar) => maxLength < 0 ? null : maxLength / bytesPerChar;
        return name switch
        {
            "int" => NativeTypeMapping.ExactlyAs(TypeKind.Int32),
            "bigint" => NativeTypeMapping.ExactlyAs(TypeKind.Int64),
            "smallint" => NativeTypeMapping.ExactlyAs(TypeKind.Int16),
            "tinyint" => NativeTypeMapping.Closest(TypeKind.Int16),
            "bit" => NativeTypeMapping.ExactlyAs(TypeKind.Boolean),
            "decimal" or "numeric" => NativeTypeMapping.ExactlyAs(LogicalType.Decimal(precision, scale)),
            "money" => NativeTypeMapping.Closest(LogicalType.Decimal(19, 4)),
            "smallmoney" => NativeTypeMapping.Closest(LogicalType.Decimal(10, 4)),
            "float" => precision <= 24 ? NativeTypeMapping.Closest(TypeKind.Float32) : NativeTypeMapping.ExactlyAs(TypeKind.Float64),
            "real" => NativeTypeMapping.ExactlyAs(TypeKind.Float32),
            "nvarchar" when Chars(2) is { } n => NativeTypeMapping.ExactlyAs(LogicalType.Varchar(n)),
            "nvarchar" => NativeTypeMapping.ExactlyAs(TypeKind.Text),
            "varchar" when Chars(1) is { } n => NativeTypeMapping.Closest(LogicalType.Varchar(n)),
            "varchar" or "text" or "ntext" => NativeTypeMapping.Closest(TypeKind.Text),
            "nchar" => NativeTypeMapping.ExactlyAs(LogicalType.Char(Chars(2) ?? 1)),
            "char" => NativeTypeMapping.Closest(LogicalType.Char(Chars(1) ?? 1)),
            "uniqueidentifier" => NativeTypeMapping.ExactlyAs(TypeKind.Uuid),
            "date" => NativeTypeMapping.ExactlyAs(TypeKind.Date),
            "time" => NativeTypeMapping.ExactlyAs(new LogicalType { Kind = TypeKind.Time, Precision = scale == 7 ? null : scale }),
            "datetime2" => NativeTypeMapping.ExactlyAs(new LogicalType { Kind = TypeKind.Timestamp, Precision = scale == 7 ? null : scale }),
            "datetime" or "smalldatetime" => NativeTypeMapping.Closest(TypeKind.Timestamp),
            "datetimeoffset" => NativeTypeMapping.ExactlyAs(new LogicalType { Kind = TypeKind.TimestampTz, Precision = scale == 7 ? null : scale }),
            "varbinary" when maxLength < 0 => NativeTypeMapping.ExactlyAs(TypeKind.Binary),
            "varbinary" => NativeTypeMapping.ExactlyAs(new LogicalType { Kind = TypeKind.Binary, Length = maxLength }),
            "binary" => NativeTypeMapping.Closest(new LogicalType { Kind = TypeKind.Binary, Length = maxLength }),
            "image" or "timestamp" or "rowversion" or "geometry" or "geography" => NativeTypeMapping.Closest(TypeKind.Binary),
            _ => NativeTypeMapping.Closest(TypeKind.Text),
        };
    }

    /// <summary>The type as DDL spells it, e.g. <c>nvarchar(50)</c>, <c>varchar(max)</c>, <c>decimal(10,2)</c>.</summary>
    public static string Format(string typeName, int maxLength, int precision, int scale)
    {
        var name = typeName.ToLowerInvariant();
        string Length(int bytesPerChar) => maxLength < 0 ? "max" : (maxLength / bytesPerChar).ToString(CultureInfo.InvariantCulture);
        return name switch
        {
            "nvarchar" or "nchar" => $"{name}({Length(2)})",
            "varchar" or "char" or "varbinary" or "binary" => $"{name}({Length(1)})",
            "decimal" or "numeric" => string.Create(CultureInfo.InvariantCulture, $"{name}({precision},{scale})"),
            "float" => string.Create(CultureInfo.InvariantCulture, $"float({precision})"),
            "time" or "datetime2" or "datetimeoffset" => string.Create(CultureInfo.InvariantCulture, $"{name}({scale})"),
            _ => name,
        };
    }
}
