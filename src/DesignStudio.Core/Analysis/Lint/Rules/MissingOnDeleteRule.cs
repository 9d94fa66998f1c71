using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>LN013: a foreign key whose ON DELETE action was never decided (null in the model).</summary>
public sealed class MissingOnDeleteRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN013";

    /// <inheritdoc />
    public Severity Severity => Severity.Info;

    /// <inheritdoc />
    public string Title => "No ON DELETE decision";

    /// <inheritdoc />
    public string Rationale => "What happens to child rows when a parent is deleted is a business decision (block, cascade, " +
        "detach); left undecided, the engine default NO ACTION blocks the delete, which may or may not be what was meant.";

    /// <inheritdoc />
    public string Remedy => "Choose RESTRICT/NO ACTION, CASCADE, SET NULL or SET DEFAULT explicitly.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            foreach (var fk in t.ForeignKeys)
            {
                if (fk.OnDelete is not null) continue;
                var target = context.FindTable(fk.TargetTableId)?.QualifiedName ?? fk.TargetTableId;
                yield return new LintFinding(Code, Severity, LintPaths.ForeignKey(t, fk),
                    $"The {LintPaths.ForeignKeyLabel(t, fk)} to {target} has no ON DELETE decision (the default blocks deletes of referenced rows).")
                {
                    ObjectId = fk.Id,
                    TableId = t.Id,
                    QuickFix = new LintQuickFix("Record ON DELETE NO ACTION (the current behaviour)", d => DesignEdits.UpdateForeignKey(d, t.Id, fk.Id,
                        f => f.OnDelete is null ? f with { OnDelete = ReferentialAction.NoAction } : f)),
                };
            }
        }
    }
}
