using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Analysis.NormalForms.Discovery;

/// <summary>The minimal dependencies that hold (within the tolerance) in a sample.</summary>
/// <param name="Columns">Column names by position.</param>
/// <param name="RowCount">Rows examined.</param>
/// <param name="Dependencies">Minimal non-trivial dependencies X → A, sorted by A, then by X's size and members.</param>
/// <param name="Diagnostics">Problems, e.g. too many columns.</param>
public sealed record DiscoveryResult(IReadOnlyList<string> Columns, int RowCount, IReadOnlyList<DiscoveredDependency> Dependencies, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The sample's columns and discovered dependencies as a relation to analyse.</summary>
    public RelationSchema ToRelation(string name) =>
        new(name, Model.ValueList.ToValueList(Columns), Model.ValueList.ToValueList(Dependencies.Select(d => d.ToDependency())));
}
