using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>
/// A suggested repair: a title for people and a pure function from the design to the repaired design. Applying it to
/// a design in which the objects it touches no longer exist returns that design unchanged.
/// </summary>
/// <param name="Title">What it does, e.g. "Create index ix_posts_user_id on posts (user_id)".</param>
/// <param name="Apply">The change; pure and deterministic (new objects get ids derived from their owners).</param>
public sealed record LintQuickFix(string Title, Func<Design, Design> Apply);
