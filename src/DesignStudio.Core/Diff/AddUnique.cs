using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A unique constraint added.</summary>
public sealed record AddUnique(Table From, Table To, UniqueConstraint Unique) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new DropUnique(To, From, Unique);

    public override string Describe() => $"add unique constraint on {To.Name}";
}
