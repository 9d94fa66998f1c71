using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Import;
using DesignStudio.Core.Model;

namespace DesignStudio.Web.Services.SchemaCompare;

/// <summary>One side of a schema comparison read with the SQL importer: the design, or the errors that stop it.</summary>
/// <param name="Side">"Old schema" or "New schema", to name the side in messages.</param>
/// <param name="Design">The imported design; null when the text had errors (or none at all).</param>
/// <param name="Problems">Errors and warnings, with line and column where the importer knows them.</param>
public sealed record SchemaImport(string Side, Design? Design, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>Code of the error for an empty schema or an unknown dialect.</summary>
    public const string InvalidInputCode = "CMP001";

    /// <summary>Reads <paramref name="sql"/> as <paramref name="dialect"/>; errors of the importer make it unusable.</summary>
    public static SchemaImport Read(string side, string? sql, string dialect)
    {
        if (string.IsNullOrWhiteSpace(sql)) return Refused(side, $"The {side.ToLowerInvariant()} is empty: paste it or upload a file.");
        if (SqlDdlImporter.ParserFor(dialect) is not { } parser) return Refused(side, $"Unknown SQL dialect '{dialect}'.");
        var result = parser.Parse(sql);
        var problems = result.Report.Diagnostics.Where(d => d.Severity != Severity.Info).ToList();
        var usable = result.Report.ErrorCount == 0;
        return new SchemaImport(side, usable ? result.Design : null, problems);
    }

    /// <summary>Errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Problems.Where(p => p.Severity == Severity.Error);

    /// <summary>A problem as the page lists it: the side, the position (line:column) when known, and the message.</summary>
    public string Describe(Diagnostic problem) =>
        $"{Side}{(problem.Position is { } p ? $", line {p.Line}:{p.Column}" : "")}: {problem.Message} ({problem.Code})";

    private static SchemaImport Refused(string side, string message) =>
        new(side, null, [new Diagnostic(InvalidInputCode, Severity.Error, side.ToLowerInvariant(), message)]);
}
