using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>The design read from a SQL script and the report of how it was read.</summary>
/// <param name="Design">The imported design.</param>
/// <param name="Report">What was imported, approximated, kept verbatim and skipped.</param>
public sealed record ImportResult(Design Design, ImportReport Report);
