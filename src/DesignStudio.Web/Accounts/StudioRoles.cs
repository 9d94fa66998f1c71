namespace DesignStudio.Web.Accounts;

/// <summary>Account-wide roles (project roles are per project: see <c>ProjectRole</c>).</summary>
public static class StudioRoles
{
    /// <summary>The first account registered gets it.</summary>
    public const string Administrator = "Administrator";
}
