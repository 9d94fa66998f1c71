using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A primary key added to (or redefined on) a table.</summary>
public sealed record AddPrimaryKey(Table From, Table To, PrimaryKey Key) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new DropPrimaryKey(To, From, Key);

    public override string Describe() => $"add primary key on {To.Name}";
}
