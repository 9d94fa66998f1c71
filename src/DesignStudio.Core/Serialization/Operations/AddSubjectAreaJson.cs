using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddSubjectArea"/> as <c>{"op": "addSubjectArea", "area", "at"?}</c>.</summary>
internal sealed class AddSubjectAreaJson : OperationJsonConverter<AddSubjectArea>
{
    public override string Kind => "addSubjectArea";

    protected override void Write(OperationJsonWriter w, AddSubjectArea o)
    {
        w.Model("area", d => d.WriteArea(o.Area));
        w.OptInt("at", o.At);
    }

    protected override AddSubjectArea ReadOperation(OperationJsonReader r) => new(r.Model("area", "a subject area", DesignJsonBinder.BindArea), r.OptInt("at"));
}
