using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>Removes a foreign key.</summary>
/// <param name="TableId">The referencing table.</param>
/// <param name="KeyId">The foreign key.</param>
public sealed record RemoveForeignKey(string TableId, string KeyId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design) =>
        TableParts.ForeignKeys.Remove(design, TableId, KeyId, (item, at) => new AddForeignKey(TableId, item, at));
}
