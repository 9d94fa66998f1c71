namespace DesignStudio.Web.Canvas;

/// <summary>One column as a table node shows it (view data, rebuilt from the model).</summary>
/// <param name="ColumnId">The column's id.</param>
/// <param name="Name">Column name.</param>
/// <param name="Type">Type as text (logical type or enum name).</param>
/// <param name="PrimaryKey">Part of the primary key.</param>
/// <param name="ForeignKey">Part of a foreign key.</param>
/// <param name="Unique">Part of a unique constraint.</param>
/// <param name="NotNull">NULL not allowed.</param>
public sealed record ColumnRow(string ColumnId, string Name, string Type, bool PrimaryKey, bool ForeignKey, bool Unique, bool NotNull)
{
    /// <summary>Whether the row is a key or foreign-key column, and so has a port and survives collapsing.</summary>
    public bool IsKey => PrimaryKey || ForeignKey || Unique;
}
