using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="SetTableFeatures"/> as <c>{"op": "setTableFeatures", "tableId", "features"}</c>.</summary>
internal sealed class SetTableFeaturesJson : OperationJsonConverter<SetTableFeatures>
{
    public override string Kind => "setTableFeatures";

    protected override void Write(OperationJsonWriter w, SetTableFeatures o)
    {
        w.String("tableId", o.TableId);
        w.Model("features", d => d.WriteFeatures(o.Features));
    }

    protected override SetTableFeatures ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.Model("features", "table features", DesignJsonBinder.BindFeatures));
}
