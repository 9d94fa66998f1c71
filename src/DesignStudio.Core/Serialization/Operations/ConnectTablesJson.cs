using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="ConnectTables"/> as <c>{"op": "connectTables", "fromTableId", "fromColumnId", "toTableId", "toColumnId"?, "kind"?}</c>.</summary>
internal sealed class ConnectTablesJson : OperationJsonConverter<ConnectTables>
{
    public override string Kind => "connectTables";

    protected override void Write(OperationJsonWriter w, ConnectTables o)
    {
        w.String("fromTableId", o.FromTableId);
        w.String("fromColumnId", o.FromColumnId);
        w.String("toTableId", o.ToTableId);
        w.OptString("toColumnId", o.ToColumnId);
        if (o.Kind != RelationshipKind.OneToMany) w.String("kind", o.Kind.ToString());
    }

    protected override ConnectTables ReadOperation(OperationJsonReader r) => 
        new(r.String("fromTableId"), r.String("fromColumnId"), r.String("toTableId"), r.OptString("toColumnId"),
            Enum.TryParse<RelationshipKind>(r.OptString("kind"), out var kind) ? kind : RelationshipKind.OneToMany);
}
