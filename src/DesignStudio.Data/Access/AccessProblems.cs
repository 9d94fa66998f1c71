using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Data.Access;

/// <summary>The diagnostics the store answers with when access rules refuse a request.</summary>
public static class AccessProblems
{
    /// <summary>The caller's role does not allow the request.</summary>
    public const string ForbiddenCode = "PS004";
    /// <summary>No account has that user name or email.</summary>
    public const string UnknownUserCode = "PS005";
    /// <summary>The change would leave the project without an owner.</summary>
    public const string LastOwnerCode = "PS006";
    /// <summary>The share link does not exist, has expired or was revoked.</summary>
    public const string InvalidShareLinkCode = "PS007";
    /// <summary>The user is not a member of the project.</summary>
    public const string NotAMemberCode = "PS008";
    /// <summary>A share link must grant viewer, commenter or editor and expire in the future.</summary>
    public const string BadShareLinkCode = "PS009";

    /// <summary>Whether <paramref name="problem"/> is an access refusal.</summary>
    public static bool IsForbidden(Diagnostic? problem) => problem?.Code == ForbiddenCode;

    internal static Diagnostic Forbidden(Guid projectId, ProjectPermission permission) => new(ForbiddenCode, Severity.Error, "projects/" + projectId,
        permission switch
        {
            ProjectPermission.View => "You do not have access to this project.",
            ProjectPermission.Comment => "You have view-only access to this project: commenting needs the commenter role.",
            ProjectPermission.Edit => "You have view-only access to this project: editing needs the editor role.",
            _ => "Only an owner of this project can do that.",
        });

    internal static Diagnostic Missing(Guid projectId) =>
        new(ProjectStore.MissingProjectCode, Severity.Error, "projects/" + projectId, "The project no longer exists.");

    internal static Diagnostic Refusal(AccessDecision decision, Guid projectId, ProjectPermission permission) =>
        decision == AccessDecision.ProjectMissing ? Missing(projectId) : Forbidden(projectId, permission);
}
