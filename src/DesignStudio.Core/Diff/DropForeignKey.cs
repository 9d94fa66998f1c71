using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A foreign key removed (also one of a table about to be dropped).</summary>
public sealed record DropForeignKey(Table From, Table To, ForeignKey Key) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new AddForeignKey(To, From, Key);

    public override string Describe() => $"drop foreign key of {From.Name}";
}
