using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Silences one lint rule for one object, with the reason (stored in the design).</summary>
/// <param name="Suppression">The suppression; its reason must not be blank.</param>
/// <param name="At">Position in <see cref="Design.LintSuppressions"/>; null appends.</param>
public sealed record AddLintSuppression(LintSuppression Suppression, int? At = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var path = "lint-suppressions/" + Suppression.Code + "/" + Suppression.ObjectId;
        if (string.IsNullOrWhiteSpace(Suppression.Code) || string.IsNullOrWhiteSpace(Suppression.ObjectId))
            return OperationResult.Refused(Error(InvalidValue, path, "A suppression names a rule code and an object."));
        if (string.IsNullOrWhiteSpace(Suppression.Reason))
            return OperationResult.Refused(Error(InvalidValue, path, "Say why the finding does not apply: a suppression needs a reason."));
        if (design.LintSuppressions.FindIndex(s => Same(s, Suppression.Code, Suppression.ObjectId)) >= 0)
            return OperationResult.Refused(Error(DuplicateId, path, $"{Suppression.Code} is already suppressed for this object."));
        if (DesignEdit.CheckPosition(path, At, design.LintSuppressions.Count) is { } bad) return OperationResult.Refused(bad);
        var next = design with { LintSuppressions = DesignEdit.InsertAt(design.LintSuppressions, Suppression, At) };
        return OperationResult.Applied(next, new RemoveLintSuppression(Suppression.Code, Suppression.ObjectId));
    }

    internal static bool Same(LintSuppression s, string code, string objectId) =>
        string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase) && s.ObjectId == objectId;
}
