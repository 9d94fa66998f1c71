namespace DesignStudio.Web.Collaboration;

/// <summary>
/// Who may open and who may edit a project's design. The session service asks it for every join and every operation,
/// so hiding buttons is never the only protection.
/// </summary>
public interface IDesignAccess
{
    /// <summary>Whether <paramref name="userId"/> may see the design of <paramref name="projectId"/>.</summary>
    ValueTask<bool> CanReadAsync(Guid projectId, string userId, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="userId"/> may change the design of <paramref name="projectId"/>.</summary>
    ValueTask<bool> CanEditAsync(Guid projectId, string userId, CancellationToken cancellationToken = default);
}
