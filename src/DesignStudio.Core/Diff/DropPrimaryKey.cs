using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A primary key removed from (or about to be redefined on) a table.</summary>
public sealed record DropPrimaryKey(Table From, Table To, PrimaryKey Key) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new AddPrimaryKey(To, From, Key);

    public override string Describe() => $"drop primary key of {From.Name}";
}
