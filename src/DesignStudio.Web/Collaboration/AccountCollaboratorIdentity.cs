using DesignStudio.Web.Accounts;

namespace DesignStudio.Web.Collaboration;

/// <summary>The signed-in account as a collaborator: its id for the access checks, its user name, a colour per account.</summary>
public sealed class AccountCollaboratorIdentity(CurrentUser user) : ICollaboratorIdentity
{
    /// <inheritdoc />
    public async Task<Collaborator> CurrentAsync(string clientId)
    {
        var id = await user.IdAsync();
        var name = await user.NameAsync();
        return new Collaborator(id, string.IsNullOrEmpty(name) ? "Someone" : name, Collaborator.ColourOf(id));
    }
}
