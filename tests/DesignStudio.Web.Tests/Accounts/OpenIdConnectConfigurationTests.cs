using DesignStudio.Web.Accounts;
using DesignStudio.Web.Tests.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DesignStudio.Web.Tests.Accounts;

/// <summary>OpenID Connect is wired only when its configuration section names an authority and a client.</summary>
public sealed class OpenIdConnectConfigurationTests
{
    [Fact]
    public async Task Configured_provider_is_registered_and_offered_on_the_sign_in_page()
    {
        await using var server = new StudioServer(new Dictionary<string, string>
        {
            ["Authentication:OpenIdConnect:Authority"] = "https://login.example.test/realms/team",
            ["Authentication:OpenIdConnect:ClientId"] = "designstudio",
            ["Authentication:OpenIdConnect:DisplayName"] = "Team SSO",
        });
        var schemes = server.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.NotNull(await schemes.GetSchemeAsync(OpenIdConnectSettings.Scheme));
        using var http = new HttpClient { BaseAddress = server.Address };
        var page = await http.GetStringAsync("/account/login?returnUrl=%2Fprojects");
        Assert.Contains("Sign in with Team SSO", page);
        Assert.Contains("/account/external?returnUrl=%2Fprojects", page);
    }

    [Fact]
    public async Task Without_configuration_there_is_no_provider_and_no_button()
    {
        await using var server = new StudioServer();
        var schemes = server.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.Null(await schemes.GetSchemeAsync(OpenIdConnectSettings.Scheme));
        using var http = new HttpClient { BaseAddress = server.Address };
        Assert.DoesNotContain("Sign in with", await http.GetStringAsync("/account/login"));
    }

    [Fact]
    public void An_incomplete_section_leaves_it_off()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Authentication:OpenIdConnect:Authority"] = "https://x.example.test" }).Build();
        Assert.Null(OpenIdConnectSettings.From(configuration));
    }
}
