using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A column that exists only in the old version of the table.</summary>
public sealed record DropColumn(Table From, Table To, Column Column) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new AddColumn(To, From, Column);

    public override bool IsLossy => true;

    public override string Describe() => $"drop column {From.Name}.{Column.Name}";
}
