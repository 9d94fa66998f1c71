using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>An enum type that exists only in the new version.</summary>
public sealed record CreateEnum(EnumType Enum) : SchemaChange
{
    public override SchemaChange Inverse() => new DropEnum(Enum);

    public override string Describe() => $"create enum {Enum.Name}";
}
