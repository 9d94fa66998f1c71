using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A unique constraint removed.</summary>
public sealed record DropUnique(Table From, Table To, UniqueConstraint Unique) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new AddUnique(To, From, Unique);

    public override string Describe() => $"drop unique constraint of {From.Name}";
}
