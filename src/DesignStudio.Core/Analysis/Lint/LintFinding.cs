using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>A problem a lint rule found in a design.</summary>
/// <param name="Code">The rule's stable code.</param>
/// <param name="Severity">Severity of this finding.</param>
/// <param name="Path">Object path by names, e.g. <c>tables/posts/foreign-keys/fk_posts_user</c>.</param>
/// <param name="Message">Plain-language explanation naming the objects involved.</param>
public sealed record LintFinding(string Code, Severity Severity, string Path, string Message)
{
    /// <summary>Stable id of the object the finding is about (what a <see cref="Model.LintSuppression"/> names).</summary>
    public required string ObjectId { get; init; }

    /// <summary>Id of the table the object belongs to (for badges on canvas nodes), or null for design-level findings.</summary>
    public string? TableId { get; init; }

    /// <summary>A suggested repair, if one makes sense.</summary>
    public LintQuickFix? QuickFix { get; init; }

    /// <summary>The finding as a diagnostic (for the CLI and other diagnostic sinks).</summary>
    public Diagnostic ToDiagnostic() => new(Code, Severity, Path, Message);

    /// <inheritdoc />
    public override string ToString() => ToDiagnostic().ToString();
}
