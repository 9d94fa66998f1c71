using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A column that exists only in the new version of the table.</summary>
public sealed record AddColumn(Table From, Table To, Column Column) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new DropColumn(To, From, Column);

    public override string Describe() => $"add column {To.Name}.{Column.Name}";
}
