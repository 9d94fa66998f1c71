namespace DesignStudio.Data.Reviews;

/// <summary>Diagnostic codes of the review store (access refusals use <see cref="Access.AccessProblems.ForbiddenCode"/>).</summary>
public static class ReviewCodes
{
    /// <summary>The project does not exist.</summary>
    public const string MissingProject = "RV001";

    /// <summary>The version to review, or the base version, does not exist.</summary>
    public const string MissingVersion = "RV002";

    /// <summary>No reviewer was chosen, or one cannot review (not a member with the commenter role or above, or the requester).</summary>
    public const string BadReviewer = "RV003";

    /// <summary>The review does not exist.</summary>
    public const string MissingReview = "RV004";

    /// <summary>The review was withdrawn: no more verdicts.</summary>
    public const string ReviewClosed = "RV005";

    /// <summary>A comment is empty or too long, or the message is too long.</summary>
    public const string BadText = "RV006";

    /// <summary>A verdict must be approve or request changes.</summary>
    public const string BadVerdict = "RV007";
}
