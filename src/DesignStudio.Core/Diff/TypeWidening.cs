using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>Decides whether a logical type change can lose or reject existing values.</summary>
public static class TypeWidening
{
    private static readonly TypeKind[] Integers = [TypeKind.Int16, TypeKind.Int32, TypeKind.Int64];

    /// <summary>True unless every value of <paramref name="from"/> fits <paramref name="to"/> unchanged.</summary>
    public static bool IsNarrowing(LogicalType from, LogicalType to)
    {
        if (from == to) return false;
        if (from.IsArray != to.IsArray) return true;
        var f = from.Kind;
        var t = to.Kind;
        if (Array.IndexOf(Integers, f) is var fi and >= 0 && Array.IndexOf(Integers, t) is var ti and >= 0) return ti < fi;
        if (Array.IndexOf(Integers, f) >= 0 && t == TypeKind.Decimal) return to.Precision is { } p && p - (to.Scale ?? 0) < 19;
        if (f is TypeKind.Float32 && t is TypeKind.Float64) return false;
        if (IsText(f) && t == TypeKind.Text) return false;
        if (IsText(f) && t == TypeKind.Varchar && f != TypeKind.Text) return to.Length is { } n && (from.Length is not { } m || n < m);
        if (f == t && f == TypeKind.Decimal)
        {
            if (to.Precision is null) return false;
            if (from.Precision is null) return true;
            return to.Scale.GetValueOrDefault() < from.Scale.GetValueOrDefault()
                || to.Precision - to.Scale.GetValueOrDefault() < from.Precision - from.Scale.GetValueOrDefault();
        }
        if (f == t && f is TypeKind.Binary or TypeKind.Char) return to.Length is { } n2 && (from.Length is not { } m2 || n2 < m2);
        if (f == t && f is TypeKind.Time or TypeKind.Timestamp or TypeKind.TimestampTz) return (to.Precision ?? 6) < (from.Precision ?? 6);
        if (f == TypeKind.Enum && t is TypeKind.Text) return false;
        return true;
    }

    private static bool IsText(TypeKind kind) => kind is TypeKind.Text or TypeKind.Varchar or TypeKind.Char or TypeKind.Enum or TypeKind.Uuid;
}
