using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>SQL Server native type names to logical types.</summary>
internal static class SqlServerTypeMap
{
    public static TypeMapping Map(TypeSyntax t)
    {
        var max = t.Args.Count == 1 && t.Args[0].Equals("max", StringComparison.OrdinalIgnoreCase);
        switch (t.Name)
        {
            case "bit": return TypeMapping.Exact(LogicalType.Boolean);
            case "tinyint": return TypeMapping.Native(LogicalType.Of(TypeKind.Int16), "tinyint widened to int16; native type kept");
            case "smallint": return TypeMapping.Exact(LogicalType.Of(TypeKind.Int16));
            case "int" or "integer": return TypeMapping.Exact(LogicalType.Int32);
            case "bigint": return TypeMapping.Exact(LogicalType.Int64);
            case "decimal" or "numeric" or "dec":
                return TypeMapping.Exact(new LogicalType { Kind = TypeKind.Decimal, Precision = t.IntArg(0) ?? 18, Scale = t.IntArg(1) ?? 0 });
            case "money": return TypeMapping.Native(LogicalType.Decimal(19, 4), "money mapped to decimal(19,4); native type kept");
            case "smallmoney": return TypeMapping.Native(LogicalType.Decimal(10, 4), "smallmoney mapped to decimal(10,4); native type kept");
            case "real": return TypeMapping.Exact(LogicalType.Of(TypeKind.Float32));
            case "float": return TypeMapping.Exact(LogicalType.Of(t.IntArg(0) is <= 24 ? TypeKind.Float32 : TypeKind.Float64));
            case "char" or "nchar" or "character" or "national character":
                return TypeMapping.Exact(LogicalType.Char(t.IntArg(0) ?? 1));
            case "varchar" or "nvarchar" or "character varying" or "national character varying":
                return max ? TypeMapping.Exact(LogicalType.Text) : TypeMapping.Exact(LogicalType.Varchar(t.IntArg(0) ?? 1));
            case "text" or "ntext": return TypeMapping.Native(LogicalType.Text, $"deprecated {t.Name} mapped to text; native type kept");
            case "binary": return TypeMapping.Exact(new LogicalType { Kind = TypeKind.Binary, Length = t.IntArg(0) ?? 1 });
            case "varbinary":
                return max ? TypeMapping.Exact(LogicalType.Of(TypeKind.Binary))
                    : TypeMapping.Native(new LogicalType { Kind = TypeKind.Binary, Length = t.IntArg(0) ?? 1 }, $"{t.Text} mapped to binary; native type kept");
            case "image": return TypeMapping.Native(LogicalType.Of(TypeKind.Binary), "deprecated image mapped to binary; native type kept");
            case "date": return TypeMapping.Exact(LogicalType.Of(TypeKind.Date));
            case "datetime2": return TypeMapping.Exact(new LogicalType { Kind = TypeKind.Timestamp, Precision = t.IntArg(0) });
            case "datetime" or "smalldatetime": return TypeMapping.Native(LogicalType.Of(TypeKind.Timestamp), $"{t.Name} mapped to timestamp; native type kept");
            case "datetimeoffset": return TypeMapping.Exact(new LogicalType { Kind = TypeKind.TimestampTz, Precision = t.IntArg(0) });
            case "time": return TypeMapping.Exact(new LogicalType { Kind = TypeKind.Time, Precision = t.IntArg(0) });
            case "uniqueidentifier": return TypeMapping.Exact(LogicalType.Uuid);
            case "rowversion" or "timestamp": return TypeMapping.Native(new LogicalType { Kind = TypeKind.Binary, Length = 8 }, $"{t.Name} mapped to binary(8); native type kept");
        }
        return TypeMapping.Native(LogicalType.Text, $"type {t.Text} has no portable equivalent; mapped to text, native type kept");
    }
}
