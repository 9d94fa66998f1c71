namespace DesignStudio.Data.Access;

/// <summary>Which role each permission needs.</summary>
public static class ProjectRoles
{
    /// <summary>The least role that grants <paramref name="permission"/>.</summary>
    public static ProjectRole Needed(ProjectPermission permission) => permission switch
    {
        ProjectPermission.View => ProjectRole.Viewer,
        ProjectPermission.Comment => ProjectRole.Commenter,
        ProjectPermission.Edit => ProjectRole.Editor,
        ProjectPermission.Manage => ProjectRole.Owner,
        _ => throw new ArgumentOutOfRangeException(nameof(permission), permission, null),
    };

    /// <summary>Whether <paramref name="role"/> (null: no access at all) grants <paramref name="permission"/>.</summary>
    public static bool Allows(this ProjectRole? role, ProjectPermission permission) => role is { } r && r >= Needed(permission);

    /// <summary>The role's name as shown to people ("owner", "editor", …).</summary>
    public static string Label(this ProjectRole role) => role.ToString().ToLowerInvariant();
}
