using DesignStudio.Core.Import;
using DesignStudio.Core.Model;

namespace DesignStudio.Web.Services;

/// <summary>What an import would bring in: the design (null when nothing could be read) and its report.</summary>
/// <param name="Design">The imported design, or null when the source could not be read at all.</param>
/// <param name="Report">Imported, approximated, verbatim, skipped entries and diagnostics.</param>
/// <param name="SuggestedName">A project name taken from the file or database name.</param>
public sealed record ImportPreview(Design? Design, ImportReport Report, string SuggestedName)
{
    /// <summary>Whether a project can be created from it: a design was read and no error was reported.</summary>
    public bool CanUse => Design is not null && Report.ErrorCount == 0;

    /// <summary>Tables, columns, foreign keys, indexes and enums of the design, for the summary line.</summary>
    public (int Tables, int Columns, int ForeignKeys, int Indexes, int Enums) Counts => Design is null
        ? default
        : (Design.Tables.Count, Design.Tables.Sum(t => t.Columns.Count), Design.Tables.Sum(t => t.ForeignKeys.Count),
            Design.Tables.Sum(t => t.Indexes.Count), Design.Enums.Count);
}
