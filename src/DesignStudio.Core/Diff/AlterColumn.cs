using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A column whose type, nullability, default, identity or comment changed (its name is handled by <see cref="RenameColumn"/>).</summary>
public sealed record AlterColumn(Table From, Table To, Column FromColumn, Column ToColumn, ColumnChanges Changes) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new AlterColumn(To, From, ToColumn, FromColumn, Changes);

    /// <summary>Narrowing the type or forbidding NULL can fail on or lose existing rows.</summary>
    public override bool IsLossy =>
        (Changes.HasFlag(ColumnChanges.Type) && TypeWidening.IsNarrowing(FromColumn.Type, ToColumn.Type)) ||
        (Changes.HasFlag(ColumnChanges.Nullability) && FromColumn.Nullable && !ToColumn.Nullable);

    public override string Describe() => $"alter column {To.Name}.{ToColumn.Name} ({Changes})";
}
