using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddEnum"/> as <c>{"op": "addEnum", "enum", "at"?}</c>.</summary>
internal sealed class AddEnumJson : OperationJsonConverter<AddEnum>
{
    public override string Kind => "addEnum";

    protected override void Write(OperationJsonWriter w, AddEnum o)
    {
        w.Model("enum", d => d.WriteEnum(o.Enum));
        w.OptInt("at", o.At);
    }

    protected override AddEnum ReadOperation(OperationJsonReader r) => new(r.Model("enum", "an enum", DesignJsonBinder.BindEnum), r.OptInt("at"));
}
