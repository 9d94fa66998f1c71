using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>An index removed.</summary>
public sealed record DropIndex(Table From, Table To, Model.Index Index) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new AddIndex(To, From, Index);

    public override string Describe() => $"drop index of {From.Name}";
}
