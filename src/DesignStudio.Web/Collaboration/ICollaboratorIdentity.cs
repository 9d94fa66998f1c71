namespace DesignStudio.Web.Collaboration;

/// <summary>Who is using a page, as a collaborator. The signed-in account (<see cref="AccountCollaboratorIdentity"/>).</summary>
public interface ICollaboratorIdentity
{
    /// <summary>The person behind the page <paramref name="clientId"/>.</summary>
    Task<Collaborator> CurrentAsync(string clientId);
}
