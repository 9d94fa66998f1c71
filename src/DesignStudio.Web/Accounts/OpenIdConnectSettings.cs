namespace DesignStudio.Web.Accounts;

/// <summary>
/// Optional single sign-on (section <c>Authentication:OpenIdConnect</c>). When <see cref="Authority"/> and
/// <see cref="ClientId"/> are set, the sign-in page offers it; the first sign-in creates a local account linked to it.
/// </summary>
public sealed record OpenIdConnectSettings(string Authority, string ClientId, string? ClientSecret, string DisplayName, IReadOnlyList<string> Scopes)
{
    /// <summary>The authentication scheme name.</summary>
    public const string Scheme = "oidc";

    /// <summary>The settings, or null when the section is absent or incomplete.</summary>
    public static OpenIdConnectSettings? From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Authentication:OpenIdConnect");
        var authority = section["Authority"];
        var clientId = section["ClientId"];
        if (string.IsNullOrWhiteSpace(authority) || string.IsNullOrWhiteSpace(clientId)) return null;
        var scopes = section.GetSection("Scopes").Get<string[]>() is { Length: > 0 } s ? s : ["openid", "profile", "email"];
        return new OpenIdConnectSettings(authority.Trim(), clientId.Trim(), section["ClientSecret"], section["DisplayName"] is { Length: > 0 } d ? d : "single sign-on", scopes);
    }
}
