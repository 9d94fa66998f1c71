using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>MySQL and MariaDB native type names to logical types.</summary>
internal static class MySqlTypeMap
{
    public static TypeMapping Map(TypeSyntax t)
    {
        var u = t.Unsigned;
        switch (t.Name)
        {
            case "tinyint" when t.IntArg(0) == 1 && !u:
                return TypeMapping.Native(LogicalType.Boolean, "tinyint(1) read as boolean; native type kept");
            case "tinyint": return TypeMapping.Native(LogicalType.Of(TypeKind.Int16), $"{t.Text} widened to int16; native type kept");
            case "smallint": return u ? Widened(TypeKind.Int32, t) : TypeMapping.Exact(LogicalType.Of(TypeKind.Int16));
            case "mediumint": return TypeMapping.Native(LogicalType.Int32, $"{t.Text} widened to int32; native type kept");
            case "int" or "integer": return u ? Widened(TypeKind.Int64, t) : TypeMapping.Exact(LogicalType.Int32);
            case "bigint":
                return u ? TypeMapping.Native(LogicalType.Int64, $"{t.Text}: unsigned 64-bit values above 2^63-1 do not fit int64; native type kept")
                    : TypeMapping.Exact(LogicalType.Int64);
            case "decimal" or "numeric" or "dec" or "fixed":
                var d = new LogicalType { Kind = TypeKind.Decimal, Precision = t.IntArg(0) ?? 10, Scale = t.IntArg(1) ?? 0 };
                return u ? TypeMapping.Native(d, $"{t.Text}: UNSIGNED kept as native type") : TypeMapping.Exact(d);
            case "float": return TypeMapping.Exact(LogicalType.Of(t.IntArg(0) is > 24 ? TypeKind.Float64 : TypeKind.Float32));
            case "double" or "double precision" or "real": return TypeMapping.Exact(LogicalType.Of(TypeKind.Float64));
            case "bool" or "boolean": return TypeMapping.Exact(LogicalType.Boolean);
            case "bit" when (t.IntArg(0) ?? 1) == 1: return TypeMapping.Native(LogicalType.Boolean, "bit(1) read as boolean; native type kept");
            case "bit": return TypeMapping.Native(LogicalType.Of(TypeKind.Binary), $"{t.Text} mapped to binary; native type kept");
            case "char" or "character" or "nchar" or "national char" or "national character":
                return TypeMapping.Exact(LogicalType.Char(t.IntArg(0) ?? 1));
            case "varchar" or "character varying" or "nvarchar" or "national varchar" or "char varying" or "national character varying":
                return t.IntArg(0) is { } n ? TypeMapping.Exact(LogicalType.Varchar(n)) : TypeMapping.Native(LogicalType.Text, $"{t.Text} mapped to text; native type kept");
            case "text": return TypeMapping.Exact(LogicalType.Text);
            case "tinytext" or "mediumtext" or "longtext" or "long varchar" or "long":
                return TypeMapping.Native(LogicalType.Text, $"{t.Text} mapped to text; native type kept");
            case "binary": return TypeMapping.Exact(new LogicalType { Kind = TypeKind.Binary, Length = t.IntArg(0) ?? 1 });
            case "varbinary": return TypeMapping.Native(new LogicalType { Kind = TypeKind.Binary, Length = t.IntArg(0) }, $"{t.Text} mapped to binary; native type kept");
            case "blob": return TypeMapping.Exact(LogicalType.Of(TypeKind.Binary));
            case "tinyblob" or "mediumblob" or "longblob" or "long varbinary":
                return TypeMapping.Native(LogicalType.Of(TypeKind.Binary), $"{t.Text} mapped to binary; native type kept");
            case "date": return TypeMapping.Exact(LogicalType.Of(TypeKind.Date));
            case "datetime": return TypeMapping.Exact(new LogicalType { Kind = TypeKind.Timestamp, Precision = t.IntArg(0) });
            // TIMESTAMP is time-zone aware (stored in UTC) in MySQL; the native type is kept (without a note: nothing is
            // approximated) so MySQL and MariaDB DDL recreate TIMESTAMP rather than the portable datetime(6).
            case "timestamp": return new TypeMapping(new LogicalType { Kind = TypeKind.TimestampTz, Precision = t.IntArg(0) }, KeepNative: true);
            case "time": return TypeMapping.Exact(new LogicalType { Kind = TypeKind.Time, Precision = t.IntArg(0) });
            case "year": return TypeMapping.Native(LogicalType.Of(TypeKind.Int16), "year mapped to int16; native type kept");
            case "json": return TypeMapping.Exact(LogicalType.Of(TypeKind.Json));
            case "uuid": return TypeMapping.Exact(LogicalType.Uuid);
            case "set": return TypeMapping.Native(LogicalType.Text, $"SET type has no portable equivalent; mapped to text, native type {t.Text} kept");
        }
        return TypeMapping.Native(LogicalType.Text, $"type {t.Text} has no portable equivalent; mapped to text, native type kept");
    }

    private static TypeMapping Widened(TypeKind kind, TypeSyntax t) =>
        TypeMapping.Native(LogicalType.Of(kind), $"{t.Text} widened to {LogicalTypeText.NameOf(kind)} to hold every unsigned value; native type kept");
}
