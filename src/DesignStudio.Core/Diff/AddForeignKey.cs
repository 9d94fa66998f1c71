using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A foreign key added (also one of a newly created table).</summary>
public sealed record AddForeignKey(Table From, Table To, ForeignKey Key) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new DropForeignKey(To, From, Key);

    public override string Describe() => $"add foreign key on {To.Name}";
}
