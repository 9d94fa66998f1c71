using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="SetTableRowEstimate"/> as <c>{"op": "setTableRowEstimate", "tableId", "rowEstimate"?}</c>.</summary>
internal sealed class SetTableRowEstimateJson : OperationJsonConverter<SetTableRowEstimate>
{
    public override string Kind => "setTableRowEstimate";

    protected override void Write(OperationJsonWriter w, SetTableRowEstimate o)
    {
        w.String("tableId", o.TableId);
        w.OptLong("rowEstimate", o.RowEstimate);
    }

    protected override SetTableRowEstimate ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.OptLong("rowEstimate"));
}
