using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>An index added.</summary>
public sealed record AddIndex(Table From, Table To, Model.Index Index) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new DropIndex(To, From, Index);

    public override string Describe() => $"create index on {To.Name}";
}
