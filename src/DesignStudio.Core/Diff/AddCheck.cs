using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A check constraint added.</summary>
public sealed record AddCheck(Table From, Table To, CheckConstraint Check) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new DropCheck(To, From, Check);

    public override string Describe() => $"add check constraint on {To.Name}";
}
