using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Engines.Sampling;

/// <summary>Rows read from a live table, as text, for dependency discovery.</summary>
/// <param name="Columns">Column names in the order of the values.</param>
/// <param name="Rows">Values as invariant text (null for SQL NULL).</param>
/// <param name="Diagnostics">Why nothing (or less) was read; messages never contain connection secrets.</param>
public sealed record TableSample(IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether rows were read.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
