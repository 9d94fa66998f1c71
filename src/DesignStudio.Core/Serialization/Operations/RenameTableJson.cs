using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RenameTable"/> as <c>{"op": "renameTable", "tableId", "name"}</c>.</summary>
internal sealed class RenameTableJson : OperationJsonConverter<RenameTable>
{
    public override string Kind => "renameTable";

    protected override void Write(OperationJsonWriter w, RenameTable o)
    {
        w.String("tableId", o.TableId);
        w.String("name", o.Name);
    }

    protected override RenameTable ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.String("name"));
}
