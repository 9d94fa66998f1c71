using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN009: a varchar column without a length. The DDL generators turn it into an unbounded type (PostgreSQL varchar,
/// SQLite TEXT, MySQL/MariaDB longtext, SQL Server nvarchar(max)); on PostgreSQL and SQLite that is harmless (info),
/// elsewhere the column can no longer be an ordinary index key (warning).
/// </summary>
public sealed class VarcharWithoutLengthRule : ILintRule
{
    /// <summary>The length the quick fix sets.</summary>
    public const int SuggestedLength = 255;

    /// <inheritdoc />
    public string Code => "LN009";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "varchar without length";

    /// <inheritdoc />
    public string Rationale => "Written by hand, varchar without length is an error in MySQL and varchar(1) in SQL Server; " +
        "the generators therefore map it to unbounded types (longtext, nvarchar(max)) that cannot be index keys there " +
        "and enforce no limit anywhere. The design should state the intended length.";

    /// <inheritdoc />
    public string Remedy => "Give the column a length, or use text when the value is genuinely unbounded.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var severity = context.Dialect switch
        {
            DialectNames.PostgreSql or DialectNames.Sqlite => Severity.Info,
            _ => Severity,
        };
        foreach (var t in context.Design.Tables)
        {
            foreach (var c in t.Columns)
            {
                if (c.Type.Kind != TypeKind.Varchar || c.Type.Length is not null) continue;
                if (context.Dialect is { } dialect && c.NativeTypeFor(dialect) is not null) continue;
                yield return new LintFinding(Code, severity, LintPaths.Column(t, c), $"Column {t.Name}.{c.Name} is varchar without a length.")
                {
                    ObjectId = c.Id,
                    TableId = t.Id,
                    QuickFix = new LintQuickFix($"Set the length of {t.Name}.{c.Name} to {SuggestedLength}", d => DesignEdits.UpdateColumn(d, t.Id, c.Id,
                        col => col.Type is { Kind: TypeKind.Varchar, Length: null } ? col with { Type = col.Type with { Length = SuggestedLength } } : col)),
                };
            }
        }
    }
}
