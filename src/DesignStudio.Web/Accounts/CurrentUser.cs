using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace DesignStudio.Web.Accounts;

/// <summary>
/// The signed-in user of this circuit or request, as the store's caller. Someone not signed in has the empty id, which
/// no project grants anything to.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    /// <summary>The user's id (the Identity user id), or "" when not signed in.</summary>
    public async Task<string> IdAsync() => Id((await authentication.GetAuthenticationStateAsync()).User);

    /// <summary>The user's name, or null when not signed in.</summary>
    public async Task<string?> NameAsync() => (await authentication.GetAuthenticationStateAsync()).User.Identity?.Name;

    /// <summary>The id carried by <paramref name="user"/>'s claims, or "".</summary>
    public static string Id(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "" : "";
}
