using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>What an import did: objects imported, approximated (and how), kept verbatim, and skipped (and why).</summary>
public sealed record ImportReport
{
    /// <summary>The dialect the source was read as.</summary>
    public required string Dialect { get; init; }

    /// <summary>Objects imported into the model (tables, enums, indexes, foreign keys ...).</summary>
    public ValueList<ImportEntry> Imported { get; init; } = [];

    /// <summary>Things imported approximately, with how (e.g. native type kept as an override).</summary>
    public ValueList<ImportEntry> Approximated { get; init; } = [];

    /// <summary>Objects kept verbatim in <see cref="Design.Verbatim"/> (views, functions, triggers, grants ...).</summary>
    public ValueList<ImportEntry> Verbatim { get; init; } = [];

    /// <summary>Statements skipped: ignored on purpose (SET, DROP ... IF EXISTS) or not understood, with why.</summary>
    public ValueList<ImportEntry> Skipped { get; init; } = [];

    /// <summary>Warnings and errors with positions (unknown statements, syntax errors, unresolved references).</summary>
    public ValueList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Number of error diagnostics.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Number of warning diagnostics.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
