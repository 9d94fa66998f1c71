using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="SetNamingConventions"/> as <c>{"op": "setNamingConventions", "conventions"?}</c>.</summary>
internal sealed class SetNamingConventionsJson : OperationJsonConverter<SetNamingConventions>
{
    public override string Kind => "setNamingConventions";

    protected override void Write(OperationJsonWriter w, SetNamingConventions o)
    {
        if (o.Conventions is { } conventions) w.Model("conventions", d => d.WriteNamingValue(conventions));
    }

    protected override SetNamingConventions ReadOperation(OperationJsonReader r) => new(r.OptModel("conventions", "naming conventions", DesignJsonBinder.BindNaming));
}
