using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A change inside one table that exists in both versions: <paramref name="From"/> and <paramref name="To"/> are the table's two versions.</summary>
public abstract record TableChange(Table From, Table To) : SchemaChange
{
    /// <summary>The table's id (stable across versions).</summary>
    public string TableId => To.Id;
}
