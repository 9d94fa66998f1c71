using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN012: an index with more key parts than <see cref="LintOptions.WideIndexMaxColumns"/>, or whose estimated key
/// width exceeds <see cref="LintOptions.WideIndexMaxBytes"/>. Widths are the declared sizes (strings one byte per
/// character, a prefix length replacing the column's); unbounded types and expressions add nothing to the estimate.
/// </summary>
public sealed class WideIndexRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN012";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Very wide index";

    /// <inheritdoc />
    public string Rationale => "Wide keys mean fewer entries per page, deeper trees and slower writes; past the engine's key " +
        "limit (SQL Server 900/1,700 bytes, InnoDB 3,072, PostgreSQL about 2,700) inserts of long values fail at run time. " +
        "Indexes with many columns are seldom used beyond their first few.";

    /// <inheritdoc />
    public string Remedy => "Keep the columns queries filter and sort on as keys, move the rest to INCLUDE, or index a hash or prefix of long values.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var maxColumns = context.Options.WideIndexMaxColumns;
        var maxBytes = context.Options.WideIndexMaxBytes;
        foreach (var t in context.Design.Tables)
        {
            foreach (var ix in t.Indexes)
            {
                if (ix.Method is IndexMethod.FullText or IndexMethod.Spatial or IndexMethod.Gin or IndexMethod.Gist or IndexMethod.Brin) continue;
                var bytes = ix.Parts.Sum(p => PartWidth(t, p));
                string? why = ix.Parts.Count > maxColumns ? $"{ix.Parts.Count} key columns (more than {maxColumns})"
                    : bytes > maxBytes ? $"an estimated key width of {bytes} bytes (more than {maxBytes})" : null;
                if (why is null) continue;
                yield return new LintFinding(Code, Severity, LintPaths.Index(t, ix),
                    $"Index {LintPaths.IndexLabel(t, ix)} on {t.QualifiedName} has {why}.")
                {
                    ObjectId = ix.Id,
                    TableId = t.Id,
                };
            }
        }
    }

    /// <summary>Estimated bytes of one key part.</summary>
    internal static int PartWidth(Table t, IndexPart p)
    {
        if (p.ColumnId is null || t.FindColumn(p.ColumnId) is not { } c) return 0;
        if (p.PrefixLength is { } n) return n;
        return Width(c.Type);
    }

    /// <summary>Estimated stored size of a value of the type; 0 when unbounded or unknown.</summary>
    internal static int Width(LogicalType type) => type.IsArray ? 0 : type.Kind switch
    {
        TypeKind.Boolean => 1,
        TypeKind.Int16 => 2,
        TypeKind.Int32 or TypeKind.Float32 or TypeKind.Date or TypeKind.Enum => 4,
        TypeKind.Int64 or TypeKind.Float64 or TypeKind.Time or TypeKind.Timestamp or TypeKind.TimestampTz => 8,
        TypeKind.Uuid or TypeKind.Interval => 16,
        TypeKind.Decimal => (type.Precision ?? 18) / 2 + 1,
        TypeKind.Varchar or TypeKind.Char or TypeKind.Binary => type.Length ?? 0,
        _ => 0,
    };
}
