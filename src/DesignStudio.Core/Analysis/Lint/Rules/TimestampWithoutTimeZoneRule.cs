using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>LN008 (PostgreSQL): a <c>timestamp</c> (without time zone) column, unless its PostgreSQL native type says otherwise.</summary>
public sealed class TimestampWithoutTimeZoneRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN008";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Timestamp without time zone";

    /// <inheritdoc />
    public string Rationale => "PostgreSQL's timestamp stores a wall-clock reading with no zone: the same instant written from " +
        "sessions or servers in different zones compares wrongly, and daylight-saving changes make values ambiguous. " +
        "timestamptz stores an absolute instant (UTC) and converts on display.";

    /// <inheritdoc />
    public string Remedy => "Use timestamptz for points in time; keep timestamp only for deliberately zone-less values (e.g. a local opening time).";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects { get; } = [DialectNames.PostgreSql];

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            foreach (var c in t.Columns)
            {
                if (c.Type.Kind != TypeKind.Timestamp) continue;
                if (c.NativeTypeFor(DialectNames.PostgreSql) is { } native
                    && (native.Contains("timestamptz", StringComparison.OrdinalIgnoreCase) || native.Contains("with time zone", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }
                yield return new LintFinding(Code, Severity, LintPaths.Column(t, c),
                    $"Column {t.Name}.{c.Name} is a timestamp without time zone.")
                {
                    ObjectId = c.Id,
                    TableId = t.Id,
                    QuickFix = new LintQuickFix($"Change {t.Name}.{c.Name} to timestamptz", d => DesignEdits.UpdateColumn(d, t.Id, c.Id,
                        col => col.Type.Kind == TypeKind.Timestamp ? col with { Type = col.Type with { Kind = TypeKind.TimestampTz } } : col)),
                };
            }
        }
    }
}
