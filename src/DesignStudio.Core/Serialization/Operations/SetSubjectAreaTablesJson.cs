using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="SetSubjectAreaTables"/> as <c>{"op": "setSubjectAreaTables", "areaId", "tableIds"}</c>.</summary>
internal sealed class SetSubjectAreaTablesJson : OperationJsonConverter<SetSubjectAreaTables>
{
    public override string Kind => "setSubjectAreaTables";

    protected override void Write(OperationJsonWriter w, SetSubjectAreaTables o)
    {
        w.String("areaId", o.AreaId);
        w.Strings("tableIds", o.TableIds);
    }

    protected override SetSubjectAreaTables ReadOperation(OperationJsonReader r) => new(r.String("areaId"), r.Strings("tableIds"));
}
