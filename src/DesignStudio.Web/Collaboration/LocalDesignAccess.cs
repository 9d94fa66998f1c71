namespace DesignStudio.Web.Collaboration;

/// <summary>
/// The access rule of a studio without accounts: the anonymous local user (<see cref="Collaborator.LocalUserId"/>)
/// may read and edit everything; nobody else may do anything. Replaced by the accounts authorizer when accounts exist.
/// </summary>
public sealed class LocalDesignAccess : IDesignAccess
{
    /// <inheritdoc />
    public ValueTask<bool> CanReadAsync(Guid projectId, string userId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(userId == Collaborator.LocalUserId);

    /// <inheritdoc />
    public ValueTask<bool> CanEditAsync(Guid projectId, string userId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(userId == Collaborator.LocalUserId);
}
