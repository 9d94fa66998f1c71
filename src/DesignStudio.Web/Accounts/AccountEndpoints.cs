using DesignStudio.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DesignStudio.Web.Accounts;

/// <summary>
/// The form posts of the sign-in, register and sign-out pages. Blazor Server pages cannot set cookies from a circuit,
/// so the pages post plain HTML forms (with the antiforgery token) here, and these endpoints answer with a redirect.
/// </summary>
public static class AccountEndpoints
{
    /// <summary>Maps <c>/account/*</c>.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account");
        account.MapPost("/login", LoginAsync);
        account.MapPost("/register", RegisterAsync);
        account.MapPost("/logout", async (SignInManager<StudioUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
        account.MapGet("/external", ([FromQuery] string? returnUrl, SignInManager<StudioUser> signIn) =>
        {
            var callback = "/account/external/callback?returnUrl=" + Uri.EscapeDataString(LocalOrHome(returnUrl));
            var properties = signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectSettings.Scheme, callback);
            return Results.Challenge(properties, [OpenIdConnectSettings.Scheme]);
        });
        account.MapGet("/external/callback", ExternalCallbackAsync);
        return app;
    }

    /// <summary><paramref name="url"/> when it is a path on this site, else "/" (no open redirects).</summary>
    public static string LocalOrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

    private static async Task<IResult> LoginAsync([FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
        SignInManager<StudioUser> signIn, ILoggerFactory logs)
    {
        var back = LocalOrHome(returnUrl);
        var name = (userName ?? "").Trim();
        var user = name.Length == 0 ? null : await signIn.UserManager.FindByNameAsync(name) ?? await signIn.UserManager.FindByEmailAsync(name);
        if (user is null || string.IsNullOrEmpty(password)) return Failed("invalid");
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded) return Results.LocalRedirect(back);
        logs.CreateLogger(typeof(AccountEndpoints)).LogInformation("Failed sign-in for user {UserId} (locked out: {LockedOut})", user.Id, result.IsLockedOut);
        return Failed(result.IsLockedOut ? "locked" : "invalid");

        IResult Failed(string error) => Results.LocalRedirect($"/account/login?error={error}&userName={Uri.EscapeDataString(name)}&returnUrl={Uri.EscapeDataString(back)}");
    }

    private static async Task<IResult> RegisterAsync([FromForm] string? userName, [FromForm] string? email, [FromForm] string? password,
        [FromForm] string? confirmPassword, [FromForm] string? returnUrl, AccountRegistration registration, SignInManager<StudioUser> signIn)
    {
        var back = LocalOrHome(returnUrl);
        var name = (userName ?? "").Trim();
        string? problem = name.Length == 0 ? "Choose a user name."
            : string.IsNullOrEmpty(password) ? "Choose a password."
            : password != confirmPassword ? "The two passwords differ."
            : null;
        if (problem is null)
        {
            var (user, errors) = await registration.RegisterAsync(name, email, password!);
            if (user is not null)
            {
                await signIn.SignInAsync(user, isPersistent: true);
                return Results.LocalRedirect(back);
            }
            problem = string.Join(" ", errors);
        }
        return Results.LocalRedirect($"/account/register?error={Uri.EscapeDataString(problem)}&userName={Uri.EscapeDataString(name)}" +
            $"&email={Uri.EscapeDataString(email ?? "")}&returnUrl={Uri.EscapeDataString(back)}");
    }

    private static async Task<IResult> ExternalCallbackAsync([FromQuery] string? returnUrl, HttpContext http, SignInManager<StudioUser> signIn, AccountRegistration registration)
    {
        var back = LocalOrHome(returnUrl);
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null) return Results.LocalRedirect("/account/login?error=external");
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: true, bypassTwoFactor: true);
        if (!result.Succeeded)
        {
            if (result.IsLockedOut) return Results.LocalRedirect("/account/login?error=locked");
            var email = info.Principal.FindFirst("email")?.Value;
            var name = info.Principal.FindFirst("preferred_username")?.Value ?? email ?? info.Principal.Identity?.Name ?? info.ProviderKey;
            var (user, _) = await registration.RegisterExternalAsync(name, email, info);
            if (user is null) return Results.LocalRedirect("/account/login?error=external");
            await signIn.SignInAsync(user, isPersistent: true, info.LoginProvider);
        }
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        return Results.LocalRedirect(back);
    }
}
