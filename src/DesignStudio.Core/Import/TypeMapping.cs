using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>The logical type chosen for a native type, whether to keep the native text, and a note when approximated.</summary>
internal readonly record struct TypeMapping(LogicalType Type, bool KeepNative = false, string? Note = null, IdentityKind Identity = IdentityKind.None)
{
    public static TypeMapping Exact(LogicalType type) => new(type);

    public static TypeMapping Native(LogicalType type, string note) => new(type, true, note);
}
