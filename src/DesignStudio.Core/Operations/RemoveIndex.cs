using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>Removes an index.</summary>
/// <param name="TableId">The table.</param>
/// <param name="IndexId">The index.</param>
public sealed record RemoveIndex(string TableId, string IndexId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design) =>
        TableParts.Indexes.Remove(design, TableId, IndexId, (item, at) => new AddIndex(TableId, item, at));
}
