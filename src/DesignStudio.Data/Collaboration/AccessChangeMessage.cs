namespace DesignStudio.Data.Collaboration;

/// <summary>Access to a project changed at <paramref name="InstanceId"/> (see <see cref="Access.AccessChange"/>).</summary>
/// <param name="InstanceId">The publishing instance.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="UserId">The member concerned, or null for everyone.</param>
public sealed record AccessChangeMessage(string InstanceId, Guid ProjectId, string? UserId);
