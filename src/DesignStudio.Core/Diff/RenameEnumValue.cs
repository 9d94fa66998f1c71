using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>An enum value renamed in place (same position, other values unchanged).</summary>
public sealed record RenameEnumValue(EnumType From, EnumType To, string FromValue, string ToValue) : SchemaChange
{
    public override SchemaChange Inverse() => new RenameEnumValue(To, From, ToValue, FromValue);

    public override string Describe() => $"rename value '{FromValue}' of enum {To.Name} to '{ToValue}'";
}
