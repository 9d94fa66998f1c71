using DesignStudio.Core.Analysis.NormalForms.Decompositions;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Analysis.NormalForms.Apply;

/// <summary>
/// A <see cref="DecompositionPlan"/> made applicable to a design: one undoable operation plus the SQL that moves the
/// data of the original table into the new ones.
/// </summary>
/// <param name="Plan">The plan this was built from.</param>
/// <param name="Original">The original table as it is in the design.</param>
/// <param name="NewTables">The new tables exactly as the operation adds them (with foreign keys), in insert order.</param>
/// <param name="Operation">
/// Removes the original table, adds the new tables, their foreign keys and the re-pointed foreign keys of other
/// tables; null when the plan cannot apply (see <paramref name="Diagnostics"/>).
/// </param>
/// <param name="Diagnostics">Why it cannot apply (errors) or what it loses (warnings, e.g. a dropped foreign key).</param>
public sealed record DecompositionApplication(
    DecompositionPlan Plan,
    Table? Original,
    IReadOnlyList<Table> NewTables,
    CompositeOperation? Operation,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether <see cref="Operation"/> is available.</summary>
    public bool CanApply => Operation is not null && Original is not null;

    /// <summary>
    /// The data-moving script for <paramref name="dialect"/>: copies the original table aside and drops it when a new table
    /// takes its name, then (after the new tables are created) copies rows with <c>INSERT ... SELECT DISTINCT</c> in
    /// foreign-key order, then drops the original. See <see cref="DataMovingScript"/>.
    /// </summary>
    public DataMovingScript Script(ISqlDialect dialect) =>
        Original is null ? throw new InvalidOperationException("The plan cannot apply; check Diagnostics.")
            : DataMovingScript.Build(dialect, Original, Plan, NewTables);
}
