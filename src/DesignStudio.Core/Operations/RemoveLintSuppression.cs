using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Removes the suppression of a rule for an object, so its findings show again.</summary>
/// <param name="Code">The rule code (case-insensitive).</param>
/// <param name="ObjectId">The object id the suppression names.</param>
public sealed record RemoveLintSuppression(string Code, string ObjectId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (!DesignEdit.TryRemove(design.LintSuppressions, s => AddLintSuppression.Same(s, Code, ObjectId), out var rest, out var removed, out var at))
            return OperationResult.Refused(Missing("lint-suppressions/" + Code + "/" + ObjectId, "suppression of " + Code + " for an object", ObjectId));
        return OperationResult.Applied(design with { LintSuppressions = rest }, new AddLintSuppression(removed, at));
    }
}
