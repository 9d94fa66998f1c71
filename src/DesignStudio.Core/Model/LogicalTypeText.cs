using System.Globalization;

namespace DesignStudio.Core.Model;

/// <summary>Formats and parses the portable type spelling used in the design file and the UI (e.g. <c>varchar(255)</c>).</summary>
public static class LogicalTypeText
{
    private static readonly Dictionary<string, TypeKind> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["uuid"] = TypeKind.Uuid, ["text"] = TypeKind.Text, ["varchar"] = TypeKind.Varchar, ["char"] = TypeKind.Char,
        ["int16"] = TypeKind.Int16, ["int32"] = TypeKind.Int32, ["int64"] = TypeKind.Int64,
        ["decimal"] = TypeKind.Decimal, ["float32"] = TypeKind.Float32, ["float64"] = TypeKind.Float64,
        ["boolean"] = TypeKind.Boolean, ["date"] = TypeKind.Date, ["time"] = TypeKind.Time,
        ["timestamp"] = TypeKind.Timestamp, ["timestamptz"] = TypeKind.TimestampTz, ["interval"] = TypeKind.Interval,
        ["json"] = TypeKind.Json, ["binary"] = TypeKind.Binary, ["enum"] = TypeKind.Enum,
    };

    /// <summary>The portable name of a kind, e.g. <c>timestamptz</c>.</summary>
    public static string NameOf(TypeKind kind) => kind == TypeKind.TimestampTz ? "timestamptz" : kind.ToString().ToLowerInvariant();

    /// <summary>Formats a type: <c>varchar(255)</c>, <c>decimal(10,2)</c>, <c>enum(ID)</c>, <c>int64[]</c>.</summary>
    public static string Format(LogicalType type)
    {
        var name = NameOf(type.Kind);
        var args = type.Kind switch
        {
            TypeKind.Enum => type.EnumId is null ? "" : $"({type.EnumId})",
            TypeKind.Decimal when type.Precision is { } p => type.Scale is { } s ? $"({p},{s})" : $"({p})",
            _ when type.Length is { } n => $"({n})",
            _ when type.Precision is { } p => $"({p})",
            _ => "",
        };
        return name + args + (type.IsArray ? "[]" : "");
    }

    /// <summary>Parses the portable spelling; returns null when the text is not a portable type.</summary>
    public static LogicalType? TryParse(string text)
    {
        var s = text.Trim();
        var isArray = s.EndsWith("[]", StringComparison.Ordinal);
        if (isArray) s = s[..^2].TrimEnd();
        string? args = null;
        var open = s.IndexOf('(');
        if (open >= 0)
        {
            if (!s.EndsWith(')')) return null;
            args = s[(open + 1)..^1];
            s = s[..open].Trim();
        }
        if (!Names.TryGetValue(s, out var kind)) return null;
        var type = new LogicalType { Kind = kind, IsArray = isArray };
        if (args is null) return type;
        if (kind == TypeKind.Enum) return type with { EnumId = args.Trim() };
        var parts = args.Split(',');
        if (parts.Length > 2 || !parts.All(p => int.TryParse(p.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))) return null;
        var first = int.Parse(parts[0].Trim(), CultureInfo.InvariantCulture);
        int? second = parts.Length == 2 ? int.Parse(parts[1].Trim(), CultureInfo.InvariantCulture) : null;
        return kind switch
        {
            TypeKind.Decimal => type with { Precision = first, Scale = second },
            TypeKind.Varchar or TypeKind.Char or TypeKind.Binary when second is null => type with { Length = first },
            TypeKind.Time or TypeKind.Timestamp or TypeKind.TimestampTz when second is null => type with { Precision = first },
            _ => null,
        };
    }
}
