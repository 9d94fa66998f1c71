using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Serialization;

/// <summary>The outcome of reading a design file: the design when it could be read, and what went wrong otherwise.</summary>
/// <param name="Design">The design; null when any error was found.</param>
/// <param name="Diagnostics">Problems with 1-based line:column positions where known; empty on success.</param>
public sealed record DesignReadResult(Design? Design, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Where the design's objects are in the file read (null when nothing was read).</summary>
    public DesignSourceMap? SourceMap { get; init; }

    /// <summary>Whether the design was read.</summary>
    public bool Succeeded => Design is not null;
}
