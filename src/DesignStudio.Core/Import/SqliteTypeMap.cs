using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>SQLite declared type names to logical types (exact names first, then SQLite's affinity rules).</summary>
internal static class SqliteTypeMap
{
    public static TypeMapping Map(TypeSyntax t)
    {
        var n = t.Name;
        switch (n)
        {
            case "integer" or "bigint" or "int8": return TypeMapping.Exact(LogicalType.Int64);
            case "int" or "int4" or "mediumint": return TypeMapping.Exact(LogicalType.Int32);
            case "smallint" or "int2" or "tinyint": return TypeMapping.Exact(LogicalType.Of(TypeKind.Int16));
            case "varchar" or "nvarchar" or "character varying" or "varying character" or "national varchar":
                return t.IntArg(0) is { } len ? TypeMapping.Exact(LogicalType.Varchar(len)) : TypeMapping.Exact(LogicalType.Text);
            case "char" or "nchar" or "character" or "native character":
                return t.IntArg(0) is { } clen ? TypeMapping.Exact(LogicalType.Char(clen)) : TypeMapping.Exact(LogicalType.Text);
            case "text" or "clob": return TypeMapping.Exact(LogicalType.Text);
            case "blob": return TypeMapping.Exact(LogicalType.Of(TypeKind.Binary));
            case "bytea" or "binary" or "varbinary":
                // NUMERIC affinity by SQLite's rules, but the declared intent is bytes (ports of PostgreSQL schemas).
                return TypeMapping.Native(LogicalType.Of(TypeKind.Binary), $"{t.Text} read as binary (its SQLite affinity is NUMERIC); native type kept");
            case "real" or "double" or "double precision" or "float": return TypeMapping.Exact(LogicalType.Of(TypeKind.Float64));
            case "numeric" or "decimal":
                return TypeMapping.Exact(new LogicalType { Kind = TypeKind.Decimal, Precision = t.IntArg(0), Scale = t.IntArg(1) });
            case "boolean" or "bool": return TypeMapping.Exact(LogicalType.Boolean);
            case "date": return TypeMapping.Exact(LogicalType.Of(TypeKind.Date));
            case "datetime" or "timestamp": return TypeMapping.Exact(LogicalType.Of(TypeKind.Timestamp));
            case "time": return TypeMapping.Exact(LogicalType.Of(TypeKind.Time));
            case "json": return TypeMapping.Exact(LogicalType.Of(TypeKind.Json));
            case "uuid": return TypeMapping.Exact(LogicalType.Uuid);
        }
        // SQLite's affinity rules (https://www.sqlite.org/datatype3.html, section 3.1), in their order.
        var upper = n.ToUpperInvariant();
        if (upper.Contains("INT", StringComparison.Ordinal)) return Affinity(LogicalType.Int64, "INTEGER", t);
        if (upper.Contains("CHAR", StringComparison.Ordinal) || upper.Contains("CLOB", StringComparison.Ordinal) || upper.Contains("TEXT", StringComparison.Ordinal))
        {
            return Affinity(LogicalType.Text, "TEXT", t);
        }
        if (upper.Contains("BLOB", StringComparison.Ordinal)) return Affinity(LogicalType.Of(TypeKind.Binary), "BLOB", t);
        if (upper.Contains("REAL", StringComparison.Ordinal) || upper.Contains("FLOA", StringComparison.Ordinal) || upper.Contains("DOUB", StringComparison.Ordinal))
        {
            return Affinity(LogicalType.Of(TypeKind.Float64), "REAL", t);
        }
        return Affinity(LogicalType.Of(TypeKind.Decimal), "NUMERIC", t);
    }

    private static TypeMapping Affinity(LogicalType type, string affinity, TypeSyntax t) =>
        TypeMapping.Native(type, $"{t.Text} has {affinity} affinity; mapped to {type}, native type kept");
}
