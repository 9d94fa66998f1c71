using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Import.Dbml;

/// <summary>
/// Imports DBML, the language of dbdiagram.io: Project, Table (aliases, schemas, column settings, notes, indexes,
/// checks, TablePartial injections), Ref (short, long, inline, composite, one-to-one, many-to-many), Enum,
/// TableGroup and sticky notes. Never throws for any input: problems are diagnostics with line:column.
/// </summary>
public static class DbmlImporter
{
    /// <summary>Parses <paramref name="text"/> and builds a design plus a report.</summary>
    public static DbmlImportResult Import(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var tokens = DbmlTokenizer.Tokenize(text, diagnostics);
        var document = DbmlParser.Parse(tokens, diagnostics);
        var design = DbmlDesignBuilder.Build(document, diagnostics);
        return new DbmlImportResult(design, diagnostics);
    }
}
