namespace DesignStudio.Data.Access;

/// <summary>
/// Someone's access to a project may have changed: <paramref name="UserId"/> names the one member concerned, or is
/// null when every member should check again (a share link was revoked, the project was deleted).
/// </summary>
public sealed record AccessChange(Guid ProjectId, string? UserId)
{
    /// <summary>Whether another instance made the change (it came over the change bus; not to be sent back).</summary>
    public bool FromOtherInstance { get; init; }
}
