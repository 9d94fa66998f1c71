using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms.Tables;

/// <summary>
/// A suggested dependency the user can accept (it becomes a declared <see cref="FunctionalDependency"/> with
/// <see cref="DependencySource.Hint"/>) or dismiss; the id is deterministic so a dismissal can be remembered.
/// </summary>
/// <param name="Id">Stable id derived from the table, foreign key and columns.</param>
/// <param name="TableId">The table the dependency would hold in.</param>
/// <param name="ForeignKeyId">The foreign key whose target the copied columns come from.</param>
/// <param name="DeterminantIds">The foreign-key columns (X).</param>
/// <param name="DependentIds">The copied columns (Y).</param>
/// <param name="Message">Why, in plain words.</param>
public sealed record DependencyHint(string Id, string TableId, string ForeignKeyId, ValueList<string> DeterminantIds, ValueList<string> DependentIds, string Message)
{
    /// <summary>The dependency to add to the table when the user accepts the hint.</summary>
    public FunctionalDependency ToDependency() => new()
    {
        Id = ObjectId.Derive("fd", Id),
        DeterminantIds = DeterminantIds,
        DependentIds = DependentIds,
        Source = DependencySource.Hint,
    };
}
