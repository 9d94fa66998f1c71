using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Import;
using DesignStudio.Core.Import.Dbml;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Introspection;

namespace DesignStudio.Web.Services;

/// <summary>
/// Turns the diagnostics of the DBML importer and of live catalog reads into the same <see cref="ImportReport"/>
/// the SQL importer produces, so the dialog shows one kind of report for every source.
/// </summary>
internal static class ImportReportBuilder
{
    public static ImportReport FromDbml(DbmlImportResult result) =>
        Build("dbml", result.Design, result.Diagnostics, code => code switch
        {
            DbmlDiagnosticCodes.UnknownType or DbmlDiagnosticCodes.Approximated or DbmlDiagnosticCodes.JunctionTable => Bucket.Approximated,
            DbmlDiagnosticCodes.Ignored => Bucket.Skipped,
            DbmlDiagnosticCodes.Summary => Bucket.Drop,
            _ => Bucket.Diagnostic,
        });

    public static ImportReport FromCatalog(string engine, CatalogReadResult result) =>
        Build(engine, result.Design, result.Diagnostics, code => code switch
        {
            CatalogDiagnosticCodes.TypeApproximated or CatalogDiagnosticCodes.GeneratedColumnApproximated
                or CatalogDiagnosticCodes.IndexApproximated or CatalogDiagnosticCodes.PartitioningApproximated => Bucket.Approximated,
            CatalogDiagnosticCodes.KeptVerbatim => Bucket.Verbatim,
            CatalogDiagnosticCodes.ReferenceSkipped => Bucket.Skipped,
            _ => Bucket.Diagnostic,
        });

    public static ImportReport Failure(string dialect, Diagnostic problem) => new() { Dialect = dialect, Diagnostics = [problem] };

    private static ImportReport Build(string dialect, Design? design, IEnumerable<Diagnostic> diagnostics, Func<string, Bucket> bucketOf)
    {
        var approximated = new List<ImportEntry>();
        var verbatim = new List<ImportEntry>();
        var skipped = new List<ImportEntry>();
        var rest = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            // Errors always stay diagnostics so that they count as errors.
            var bucket = d.Severity == Severity.Error ? Bucket.Diagnostic : bucketOf(d.Code);
            var entry = new ImportEntry(d.Code, d.Path, d.Message, d.Position);
            switch (bucket)
            {
                case Bucket.Approximated: approximated.Add(entry); break;
                case Bucket.Verbatim: verbatim.Add(entry); break;
                case Bucket.Skipped: skipped.Add(entry); break;
                case Bucket.Diagnostic: rest.Add(d); break;
                case Bucket.Drop: break;
            }
        }
        return new ImportReport
        {
            Dialect = dialect,
            Imported = Imported(design).ToValueList(),
            Approximated = approximated.ToValueList(),
            Verbatim = verbatim.ToValueList(),
            Skipped = skipped.ToValueList(),
            Diagnostics = rest.ToValueList(),
        };
    }

    private static IEnumerable<ImportEntry> Imported(Design? design)
    {
        if (design is null) yield break;
        foreach (var e in design.Enums) yield return new ImportEntry("enum", Qualified(e.Schema, e.Name), "", null);
        foreach (var t in design.Tables)
        {
            yield return new ImportEntry("table", Qualified(t.Schema, t.Name), "", null);
            foreach (var fk in t.ForeignKeys) yield return new ImportEntry("foreign key", fk.Name, "on " + t.Name, null);
            foreach (var ix in t.Indexes) yield return new ImportEntry("index", ix.Name, "on " + t.Name, null);
        }
    }

    private static string Qualified(string? schema, string name) => schema is null ? name : schema + "." + name;

    private enum Bucket
    {
        Approximated,
        Verbatim,
        Skipped,
        Diagnostic,
        Drop,
    }
}
