using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>PostgreSQL native type names to logical types.</summary>
internal static class PostgreSqlTypeMap
{
    public static TypeMapping Map(TypeSyntax t)
    {
        var m = MapElement(t);
        if (t.ArrayDimensions == 0) return m;
        var type = m.Type with { IsArray = true };
        return t.ArrayDimensions > 1
            ? new TypeMapping(type, true, $"{t.ArrayDimensions}-dimensional array kept as native type {t.Text}")
            : m with { Type = type };
    }

    private static TypeMapping MapElement(TypeSyntax t)
    {
        var name = t.Name;
        if (t.Schema is "pg_catalog") name = name.ToLowerInvariant();
        switch (name)
        {
            case "smallint" or "int2": return TypeMapping.Exact(LogicalType.Of(TypeKind.Int16));
            case "integer" or "int" or "int4": return TypeMapping.Exact(LogicalType.Int32);
            case "bigint" or "int8": return TypeMapping.Exact(LogicalType.Int64);
            case "smallserial" or "serial2": return Serial(TypeKind.Int16, t);
            case "serial" or "serial4": return Serial(TypeKind.Int32, t);
            case "bigserial" or "serial8": return Serial(TypeKind.Int64, t);
            case "numeric" or "decimal":
                return TypeMapping.Exact(new LogicalType { Kind = TypeKind.Decimal, Precision = t.IntArg(0), Scale = t.IntArg(1) });
            case "real" or "float4": return TypeMapping.Exact(LogicalType.Of(TypeKind.Float32));
            case "double precision" or "float8": return TypeMapping.Exact(LogicalType.Of(TypeKind.Float64));
            case "float": return TypeMapping.Exact(LogicalType.Of(t.IntArg(0) is <= 24 ? TypeKind.Float32 : TypeKind.Float64));
            case "boolean" or "bool": return TypeMapping.Exact(LogicalType.Boolean);
            case "text": return TypeMapping.Exact(LogicalType.Text);
            case "character varying" or "varchar":
                return t.IntArg(0) is { } n
                    ? TypeMapping.Exact(LogicalType.Varchar(n))
                    : TypeMapping.Native(LogicalType.Text, $"{t.Text} without a length imported as text; native type kept");
            case "character" or "char" or "bpchar": return TypeMapping.Exact(LogicalType.Char(t.IntArg(0) ?? 1));
            case "date": return TypeMapping.Exact(LogicalType.Of(TypeKind.Date));
            case "time" or "time without time zone": return TypeMapping.Exact(new LogicalType { Kind = TypeKind.Time, Precision = t.IntArg(0) });
            case "timestamp" or "timestamp without time zone": return TypeMapping.Exact(new LogicalType { Kind = TypeKind.Timestamp, Precision = t.IntArg(0) });
            case "timestamptz" or "timestamp with time zone": return TypeMapping.Exact(new LogicalType { Kind = TypeKind.TimestampTz, Precision = t.IntArg(0) });
            case "interval": return TypeMapping.Exact(LogicalType.Of(TypeKind.Interval));
            case "json": return TypeMapping.Exact(LogicalType.Of(TypeKind.Json));
            case "bytea": return TypeMapping.Exact(LogicalType.Of(TypeKind.Binary));
            case "uuid": return TypeMapping.Exact(LogicalType.Uuid);
            case "jsonb": return TypeMapping.Native(LogicalType.Of(TypeKind.Json), "jsonb mapped to json; native type kept");
            case "timetz" or "time with time zone": return TypeMapping.Native(LogicalType.Of(TypeKind.Time), $"{t.Text} mapped to time; native type kept");
            case "money": return TypeMapping.Native(LogicalType.Decimal(19, 2), "money mapped to decimal(19,2); native type kept");
        }
        if (name.StartsWith("interval ", StringComparison.Ordinal)) return TypeMapping.Native(LogicalType.Of(TypeKind.Interval), $"interval fields kept as native type {t.Text}");
        if (name is "citext" or "name" or "xml" or "inet" or "cidr" or "macaddr" or "macaddr8" or "tsvector" or "tsquery" or "ltree" or "hstore")
        {
            return TypeMapping.Native(LogicalType.Text, $"{t.Text} has no portable equivalent; mapped to text, native type kept");
        }
        return TypeMapping.Native(LogicalType.Text, $"type {t.Text} has no portable equivalent; mapped to text, native type kept");
    }

    private static TypeMapping Serial(TypeKind kind, TypeSyntax t) =>
        new(LogicalType.Of(kind), false, $"{t.Text} became {LogicalTypeText.NameOf(kind)} with identity (by default)", IdentityKind.ByDefault);
}
