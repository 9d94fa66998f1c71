using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Import;

namespace DesignStudio.Cli;

/// <summary>The import report as plain text for standard error.</summary>
internal static class ImportReportText
{
    public static void Write(ImportResult result, string fileName, TextWriter w)
    {
        var r = result.Report;
        var d = result.Design;
        w.WriteLine($"{fileName} ({r.Dialect}): {d.Tables.Count} tables, {d.Tables.Sum(t => t.Columns.Count)} columns, "
            + $"{d.Tables.Sum(t => t.ForeignKeys.Count)} foreign keys, {d.Tables.Sum(t => t.Indexes.Count)} indexes, {d.Enums.Count} enums; "
            + $"{r.Verbatim.Count} kept verbatim, {r.Approximated.Count} approximated, {r.Skipped.Count} skipped; "
            + $"{r.ErrorCount} errors, {r.WarningCount} warnings");
        Section(w, "approximated", r.Approximated);
        Section(w, "kept verbatim", r.Verbatim);
        Section(w, "skipped", r.Skipped);
        foreach (var diagnostic in r.Diagnostics) w.WriteLine(Located(diagnostic, fileName));
    }

    /// <summary>A diagnostic as <c>severity CODE file:line:column: message</c>.</summary>
    public static string Located(Diagnostic d, string fileName) =>
        $"{d.Severity.ToString().ToLowerInvariant()} {d.Code} {fileName}{(d.Position is { } p ? $":{p.Line}:{p.Column}" : "")}: {d.Message}";

    private static void Section(TextWriter w, string title, IReadOnlyList<ImportEntry> entries)
    {
        if (entries.Count == 0) return;
        w.WriteLine(title + ":");
        foreach (var e in entries) w.WriteLine("  " + e);
    }
}
