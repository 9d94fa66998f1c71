using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN015: a table, column or enum type named with a reserved word. Reserved in the target dialect (or, for a portable
/// design, in any supported dialect): warning; reserved only in the SQL:2016 standard: info.
/// </summary>
public sealed class ReservedWordNameRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN015";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Reserved word as a name";

    /// <inheritdoc />
    public string Rationale => "A reserved word must be quoted everywhere it appears; every hand-written query, ORM mapping " +
        "and report tool that forgets fails with a syntax error, and the quoting differs per engine.";

    /// <inheritdoc />
    public string Remedy => "Rename it (e.g. order → orders or purchase_order, user → app_user, desc → description).";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            if (Check(context, t.Name, () => ("Table " + t.Name, LintPaths.Table(t)), t.Id, t.Id) is { } f) yield return f;
            foreach (var c in t.Columns)
            {
                if (Check(context, c.Name, () => ($"Column {t.Name}.{c.Name}", LintPaths.Column(t, c)), c.Id, t.Id) is { } cf) yield return cf;
            }
        }
        foreach (var e in context.Design.Enums)
        {
            if (Check(context, e.Name, () => ("Enum type " + e.Name, "enums/" + e.Name), e.Id, null) is { } f) yield return f;
        }
    }

    /// <summary>A finding when <paramref name="name"/> is reserved; <paramref name="describe"/> gives the subject and path only then.</summary>
    private LintFinding? Check(LintContext context, string name, Func<(string Subject, string Path)> describe, string objectId, string? tableId)
    {
        IReadOnlyList<string> reserving = context.Dialect is { } d
            ? (ReservedWords.IsReserved(d, name) ? [d] : [])
            : ReservedWords.DialectsReserving(name);
        if (reserving.Count == 0 && !ReservedWords.IsReserved(ReservedWords.SqlStandard, name)) return null;
        var (subject, path) = describe();
        string message;
        Severity severity;
        if (reserving.Count > 0)
        {
            severity = Severity;
            message = $"{subject} is a reserved word in {string.Join(", ", reserving)} and must be quoted everywhere.";
        }
        else if (ReservedWords.IsReserved(ReservedWords.SqlStandard, name))
        {
            severity = Severity.Info;
            message = $"{subject} is a reserved word in the SQL standard; engines may reserve it in future versions.";
        }
        else
        {
            return null;
        }
        return new LintFinding(Code, severity, path, message) { ObjectId = objectId, TableId = tableId };
    }
}
