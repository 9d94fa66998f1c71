namespace DesignStudio.Core.Model;

/// <summary>
/// A decision to silence one lint rule for one object, with the reason, stored in the design so it travels with it.
/// </summary>
public sealed record LintSuppression
{
    /// <summary>The rule's stable code, e.g. <c>LN002</c>.</summary>
    public required string Code { get; init; }

    /// <summary>
    /// The stable id of the object the finding is about (table, column, index, foreign key, constraint). A table id
    /// also silences the rule for every object of that table. Ids survive renames, names would not.
    /// </summary>
    public required string ObjectId { get; init; }

    /// <summary>Why the finding does not apply; suppressions with a blank reason are not honoured.</summary>
    public required string Reason { get; init; }
}
