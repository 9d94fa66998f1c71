using System.Globalization;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import.Dbml;

/// <summary>How a DBML type name maps to the model.</summary>
/// <param name="Type">The logical type.</param>
/// <param name="Exact">False when the mapping loses information (the native text is then kept as an override).</param>
/// <param name="Known">False when the name is unknown and the column became text.</param>
/// <param name="Identity">Identity implied by the type (serial, bigserial).</param>
internal sealed record DbmlTypeMapping(LogicalType Type, bool Exact, bool Known, IdentityKind Identity = IdentityKind.None);

/// <summary>Maps the free-form SQL type names people write in DBML to portable logical types.</summary>
internal static class DbmlTypeMapper
{
    private static readonly Dictionary<string, TypeKind> Exact = new(StringComparer.OrdinalIgnoreCase)
    {
        ["uuid"] = TypeKind.Uuid, ["text"] = TypeKind.Text, ["string"] = TypeKind.Text,
        ["varchar"] = TypeKind.Varchar, ["character varying"] = TypeKind.Varchar, ["nvarchar"] = TypeKind.Varchar,
        ["char"] = TypeKind.Char, ["character"] = TypeKind.Char, ["nchar"] = TypeKind.Char,
        ["smallint"] = TypeKind.Int16, ["int2"] = TypeKind.Int16, ["int16"] = TypeKind.Int16,
        ["int"] = TypeKind.Int32, ["integer"] = TypeKind.Int32, ["int4"] = TypeKind.Int32, ["int32"] = TypeKind.Int32,
        ["bigint"] = TypeKind.Int64, ["int8"] = TypeKind.Int64, ["int64"] = TypeKind.Int64,
        ["decimal"] = TypeKind.Decimal, ["numeric"] = TypeKind.Decimal, ["dec"] = TypeKind.Decimal,
        ["real"] = TypeKind.Float32, ["float4"] = TypeKind.Float32, ["float32"] = TypeKind.Float32,
        ["double precision"] = TypeKind.Float64, ["double"] = TypeKind.Float64, ["float8"] = TypeKind.Float64,
        ["float64"] = TypeKind.Float64, ["float"] = TypeKind.Float64,
        ["boolean"] = TypeKind.Boolean, ["bool"] = TypeKind.Boolean,
        ["date"] = TypeKind.Date, ["time"] = TypeKind.Time, ["time without time zone"] = TypeKind.Time,
        ["timestamp"] = TypeKind.Timestamp, ["timestamp without time zone"] = TypeKind.Timestamp,
        ["datetime"] = TypeKind.Timestamp, ["datetime2"] = TypeKind.Timestamp,
        ["timestamptz"] = TypeKind.TimestampTz, ["timestamp with time zone"] = TypeKind.TimestampTz,
        ["datetimeoffset"] = TypeKind.TimestampTz,
        ["interval"] = TypeKind.Interval, ["json"] = TypeKind.Json,
        ["binary"] = TypeKind.Binary, ["varbinary"] = TypeKind.Binary, ["bytea"] = TypeKind.Binary, ["blob"] = TypeKind.Binary,
        ["uniqueidentifier"] = TypeKind.Uuid,
    };

    // Close equivalents: the logical type is right in spirit, the native spelling is kept as an override.
    private static readonly Dictionary<string, TypeKind> Approximate = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tinyint"] = TypeKind.Int16, ["mediumint"] = TypeKind.Int32, ["jsonb"] = TypeKind.Json,
        ["tinytext"] = TypeKind.Text, ["mediumtext"] = TypeKind.Text, ["longtext"] = TypeKind.Text, ["clob"] = TypeKind.Text,
        ["ntext"] = TypeKind.Text, ["citext"] = TypeKind.Text,
        ["tinyblob"] = TypeKind.Binary, ["mediumblob"] = TypeKind.Binary, ["longblob"] = TypeKind.Binary,
        ["image"] = TypeKind.Binary, ["smalldatetime"] = TypeKind.Timestamp, ["money"] = TypeKind.Decimal,
        ["smallserial"] = TypeKind.Int16, ["serial2"] = TypeKind.Int16,
        ["serial"] = TypeKind.Int32, ["serial4"] = TypeKind.Int32,
        ["bigserial"] = TypeKind.Int64, ["serial8"] = TypeKind.Int64,
    };

    /// <summary>Maps a type name (without enum resolution, which the builder does first).</summary>
    public static DbmlTypeMapping Map(DbmlTypeName name)
    {
        // A quoted type may carry its arguments inside the quotes: "character varying(20)".
        var open = name.Name.IndexOf('(');
        if (name.Arguments.Count == 0 && open > 0 && name.Name.EndsWith(')'))
        {
            name = name with
            {
                Name = name.Name[..open].Trim(),
                Arguments = name.Name[(open + 1)..^1].Split(',').Select(a => a.Trim()).ToList(),
            };
        }
        var isArray = name.ArrayDepth > 0;
        var baseName = name.Schema is null ? name.Name : name.Schema + "." + name.Name;
        if (Exact.TryGetValue(baseName, out var kind))
        {
            var mapped = WithArguments(kind, name.Arguments, out var exact);
            return new DbmlTypeMapping(mapped with { IsArray = isArray }, exact && name.ArrayDepth <= 1, true);
        }
        if (Approximate.TryGetValue(baseName, out kind))
        {
            var identity = baseName.Contains("serial", StringComparison.OrdinalIgnoreCase) ? IdentityKind.ByDefault : IdentityKind.None;
            var mapped = WithArguments(kind, name.Arguments, out _) with { IsArray = isArray };
            // serial is exactly an auto-generated integer: nothing is lost, no override needed.
            return new DbmlTypeMapping(mapped, identity != IdentityKind.None && name.Arguments.Count == 0, true, identity);
        }
        return new DbmlTypeMapping(LogicalType.Text, false, false);
    }

    private static LogicalType WithArguments(TypeKind kind, IReadOnlyList<string> args, out bool exact)
    {
        exact = true;
        var type = LogicalType.Of(kind);
        var numbers = new List<int>();
        foreach (var a in args)
        {
            if (int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) numbers.Add(n);
        }
        var allNumbers = numbers.Count == args.Count;
        switch (kind)
        {
            case TypeKind.Varchar when args.Count == 0:
                return LogicalType.Text;
            case TypeKind.Varchar when args.Count == 1 && string.Equals(args[0], "max", StringComparison.OrdinalIgnoreCase):
                return LogicalType.Text;
            case TypeKind.Varchar or TypeKind.Char or TypeKind.Binary when args.Count == 1 && allNumbers:
                return type with { Length = numbers[0] };
            case TypeKind.Char when args.Count == 0:
                return type with { Length = 1 };
            case TypeKind.Binary when args.Count == 1 && string.Equals(args[0], "max", StringComparison.OrdinalIgnoreCase):
                return type;
            case TypeKind.Decimal when args.Count is 1 or 2 && allNumbers:
                return type with { Precision = numbers[0], Scale = args.Count == 2 ? numbers[1] : null };
            case TypeKind.Float64 when args.Count == 1 && allNumbers:
                return numbers[0] <= 24 ? LogicalType.Of(TypeKind.Float32) : type;
            case TypeKind.Time or TypeKind.Timestamp or TypeKind.TimestampTz when args.Count == 1 && allNumbers:
                return type with { Precision = numbers[0] };
        }
        exact = args.Count == 0;
        return type;
    }
}
