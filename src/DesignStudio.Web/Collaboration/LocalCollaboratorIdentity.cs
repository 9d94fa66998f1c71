namespace DesignStudio.Web.Collaboration;

/// <summary>The identity of a studio without accounts: the anonymous local user, with a name and colour per page.</summary>
public sealed class LocalCollaboratorIdentity : ICollaboratorIdentity
{
    /// <inheritdoc />
    public Task<Collaborator> CurrentAsync(string clientId) => Task.FromResult(Collaborator.Local(clientId));
}
