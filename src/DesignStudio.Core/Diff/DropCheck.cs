using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A check constraint removed.</summary>
public sealed record DropCheck(Table From, Table To, CheckConstraint Check) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new AddCheck(To, From, Check);

    public override string Describe() => $"drop check constraint of {From.Name}";
}
