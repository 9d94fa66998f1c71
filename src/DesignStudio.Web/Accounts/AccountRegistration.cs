using DesignStudio.Data;
using DesignStudio.Data.Access;
using Microsoft.AspNetCore.Identity;

namespace DesignStudio.Web.Accounts;

/// <summary>
/// Creates local accounts. The first account registered becomes administrator and owner of any project left without
/// an owner (projects made before accounts existed).
/// </summary>
public sealed class AccountRegistration(UserManager<StudioUser> users, RoleManager<IdentityRole> roles, ProjectStore store, TimeProvider clock,
    ILogger<AccountRegistration> logger)
{
    /// <summary>Registers a user with a password; the errors are Identity's (user name taken, password too weak, …).</summary>
    public async Task<(StudioUser? User, IReadOnlyList<string> Errors)> RegisterAsync(string userName, string? email, string password)
    {
        var user = new StudioUser { UserName = userName.Trim(), Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(), CreatedUtc = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return (null, [.. created.Errors.Select(e => e.Description)]);
        await AfterCreateAsync(user);
        return (user, []);
    }

    /// <summary>Registers a user signed in by an external provider (no local password).</summary>
    public async Task<(StudioUser? User, IReadOnlyList<string> Errors)> RegisterExternalAsync(string userName, string? email, UserLoginInfo login)
    {
        var user = new StudioUser { UserName = userName, Email = email, EmailConfirmed = email is not null, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user);
        if (created.Succeeded) created = await users.AddLoginAsync(user, login);
        if (!created.Succeeded) return (null, [.. created.Errors.Select(e => e.Description)]);
        await AfterCreateAsync(user);
        return (user, []);
    }

    private async Task AfterCreateAsync(StudioUser user)
    {
        logger.LogInformation("Registered user {UserId}", user.Id);
        // Counted after creating: of two racing first registrations neither wrongly becomes administrator.
        if (users.Users.Count() != 1) return;
        if (!await roles.RoleExistsAsync(StudioRoles.Administrator)) await roles.CreateAsync(new IdentityRole(StudioRoles.Administrator));
        await users.AddToRoleAsync(user, StudioRoles.Administrator);
        var adopted = await store.AdoptProjectsWithoutOwnerAsync(user.Id);
        logger.LogInformation("User {UserId} is the first account: administrator, owner of {Adopted} existing projects", user.Id, adopted);
    }
}
