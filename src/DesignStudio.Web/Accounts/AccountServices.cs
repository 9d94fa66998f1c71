using DesignStudio.Data;
using DesignStudio.Data.Access;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace DesignStudio.Web.Accounts;

/// <summary>
/// Accounts: ASP.NET Core Identity on the project database (local accounts, hashed passwords, lockout), the sign-in
/// cookie, optional OpenID Connect, and the store's access services for other components.
/// </summary>
public static class AccountServices
{
    /// <summary>Failed sign-ins before an account is locked.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    /// <summary>Shortest password accepted (length over composition rules).</summary>
    public const int MinPasswordLength = 10;

    /// <summary>Registers Identity, authentication, authorization and the access services.</summary>
    public static IServiceCollection AddStudioAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AccountRegistration>();
        // Identity's EF stores resolve the context from the container: one per request or circuit.
        services.AddScoped<ProjectDbContext>(sp => sp.GetRequiredService<ProjectDatabase>().CreateContext());
        services.AddSingleton(sp => sp.GetRequiredService<ProjectStore>().Access);
        services.AddSingleton<IProjectAccess>(sp => sp.GetRequiredService<ProjectStore>().Access);
        services.AddSingleton(sp => sp.GetRequiredService<ProjectStore>().Events);

        var authentication = services.AddAuthentication(o =>
        {
            o.DefaultScheme = IdentityConstants.ApplicationScheme;
            o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        });
        authentication.AddIdentityCookies();
        if (OpenIdConnectSettings.From(configuration) is { } oidc)
        {
            services.AddSingleton(oidc);
            authentication.AddOpenIdConnect(OpenIdConnectSettings.Scheme, oidc.DisplayName, o =>
            {
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SaveTokens = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.CallbackPath = "/signin-oidc";
                o.Scope.Clear();
                foreach (var scope in oidc.Scopes) o.Scope.Add(scope);
                o.MapInboundClaims = false;
            });
        }
        services.AddAuthorization();

        services.AddIdentityCore<StudioUser>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = MinPasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = LockoutTime;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ProjectDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "DesignStudio.Auth";
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/login";
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
        });
        return services;
    }
}
