using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>The updated-at feature switched on for a table (a trigger keeping <paramref name="Column"/> current).</summary>
public sealed record AddUpdatedAt(Table From, Table To, Column Column) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new DropUpdatedAt(To, From, Column);

    public override string Describe() => $"keep {To.Name}.{Column.Name} updated";
}
