using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import.Dbml;

/// <summary>The outcome of a DBML import: the design and the report (errors, approximations, skipped parts, a summary).</summary>
/// <param name="Design">The imported design (partial when there were errors: everything that could be read).</param>
/// <param name="Diagnostics">Report entries with DBML line:column positions, in source order per phase.</param>
public sealed record DbmlImportResult(Design Design, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any entry is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
