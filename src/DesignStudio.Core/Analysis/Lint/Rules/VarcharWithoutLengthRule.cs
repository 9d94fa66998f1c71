using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN009: a varchar column without a length. MySQL/MariaDB reject it and SQL Server silently makes it varchar(1)
/// (errors there); PostgreSQL and SQLite accept it as unbounded text (info there); for a portable design it is a warning.
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
    public string Rationale => "The meaning differs per engine: MySQL and MariaDB refuse the DDL, SQL Server declares " +
        "varchar(1) and truncates or rejects longer values, PostgreSQL and SQLite allow any length. The design should say.";

    /// <inheritdoc />
    public string Remedy => "Give the column a length, or use text when the value is genuinely unbounded.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var severity = context.Dialect switch
        {
            DialectNames.MySql or DialectNames.MariaDb or DialectNames.SqlServer => Severity.Error,
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
