using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>What a catalog read produced: the design (null when the database could not be read) and diagnostics.</summary>
/// <param name="Design">The design read, or null when connecting or a catalog query failed.</param>
/// <param name="Diagnostics">Approximations, skipped objects and failures.</param>
public sealed record CatalogReadResult(Design? Design, ValueList<Diagnostic> Diagnostics)
{
    /// <summary>Whether a design was read.</summary>
    public bool Succeeded => Design is not null;
}
