using DesignStudio.Core.Diff;
using DesignStudio.Core.Dialects;
using DesignStudio.Web.Services;
using DesignStudio.Web.Services.SchemaCompare;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Compare;

/// <summary>
/// "Compare two SQL schemas": two pasted or uploaded scripts in one dialect, read by the SQL importers (errors with
/// line and column), compared by name; rename candidates are confirmed or rejected one by one, and the diff (list and
/// coloured canvas), the migration scripts per dialect and the exports follow the decisions. Nothing is stored.
/// </summary>
public partial class SchemaComparePage
{
    private string dialect = DialectNames.PostgreSql;
    private string oldText = "";
    private string newText = "";
    private SchemaComparison? comparison;
    private IReadOnlyList<string> errors = [];
    private IReadOnlyList<string> warnings = [];

    [Inject] private IDdlSource Source { get; set; } = default!;
    [Inject] private ILogger<SchemaComparePage> Logger { get; set; } = default!;

    private void DialectChanged(string value) { dialect = value; comparison = null; }
    private void OldTextChanged(string value) { oldText = value ?? ""; comparison = null; }
    private void NewTextChanged(string value) { newText = value ?? ""; comparison = null; }

    private void Compare()
    {
        var old = SchemaImport.Read("Old schema", oldText, dialect);
        var @new = SchemaImport.Read("New schema", newText, dialect);
        errors = old.Errors.Select(old.Describe).Concat(@new.Errors.Select(@new.Describe)).ToList();
        warnings = old.Problems.Except(old.Errors).Select(old.Describe).Concat(@new.Problems.Except(@new.Errors).Select(@new.Describe)).ToList();
        comparison = old.Design is { } a && @new.Design is { } b ? SchemaComparison.Start(a, b) : null;
        Logger.LogInformation("Compared two {Dialect} schemas: {OldTables} and {NewTables} tables, {Candidates} rename candidates, {Errors} errors",
            dialect, old.Design?.Tables.Count ?? 0, @new.Design?.Tables.Count ?? 0, comparison?.Candidates.Count ?? 0, errors.Count);
    }

    private void Decide((RenameCandidate Candidate, bool Confirmed) decision)
    {
        if (comparison is null) return;
        comparison = comparison.Decide(decision.Candidate, decision.Confirmed);
    }
}
