using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>The same column (same id) under a new name.</summary>
public sealed record RenameColumn(Table From, Table To, Column FromColumn, Column ToColumn) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new RenameColumn(To, From, ToColumn, FromColumn);

    public override string Describe() => $"rename column {To.Name}.{FromColumn.Name} to {ToColumn.Name}";
}
