using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>An enum type that exists only in the old version.</summary>
public sealed record DropEnum(EnumType Enum) : SchemaChange
{
    public override SchemaChange Inverse() => new CreateEnum(Enum);

    public override string Describe() => $"drop enum {Enum.Name}";
}
