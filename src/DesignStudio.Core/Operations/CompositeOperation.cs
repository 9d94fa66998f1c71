using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>
/// Several operations applied as one intent (e.g. "add a column and make it the key"): all apply or none does.
/// The inverse runs the steps' inverses in reverse order.
/// </summary>
/// <param name="Steps">The steps in order.</param>
/// <param name="Label">What the user did, for undo menus and the activity log.</param>
public sealed record CompositeOperation(ValueList<DesignOperation> Steps, string? Label = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var current = design;
        var inverses = new DesignOperation[Steps.Count];
        for (var i = 0; i < Steps.Count; i++)
        {
            var result = Steps[i].Apply(current);
            if (!result.Succeeded) return result;
            current = result.Design;
            inverses[Steps.Count - 1 - i] = result.Inverse;
        }
        return OperationResult.Applied(current, new CompositeOperation(ValueList.Create<DesignOperation>(inverses), Label));
    }
}
