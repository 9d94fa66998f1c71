using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>
/// A native column type mapped to a logical type. When <paramref name="Exact"/> is false the logical type is the
/// closest portable kind and the native text should be kept as a <see cref="NativeTypeOverride"/>.
/// </summary>
public sealed record NativeTypeMapping(LogicalType Type, bool Exact)
{
    /// <summary>An exact mapping.</summary>
    public static NativeTypeMapping ExactlyAs(LogicalType type) => new(type, true);

    /// <summary>An approximate mapping.</summary>
    public static NativeTypeMapping Closest(LogicalType type) => new(type, false);

    /// <summary>An approximate mapping to a parameterless kind.</summary>
    public static NativeTypeMapping Closest(TypeKind kind) => new(LogicalType.Of(kind), false);

    /// <summary>An exact mapping to a parameterless kind.</summary>
    public static NativeTypeMapping ExactlyAs(TypeKind kind) => new(LogicalType.Of(kind), true);
}
