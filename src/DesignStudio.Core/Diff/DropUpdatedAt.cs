using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>The updated-at feature switched off for a table.</summary>
public sealed record DropUpdatedAt(Table From, Table To, Column Column) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new AddUpdatedAt(To, From, Column);

    public override string Describe() => $"stop keeping {From.Name}.{Column.Name} updated";
}
