using Bunit;
using DesignStudio.Web.Accounts;
using DesignStudio.Web.Components.Pages.Account;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DesignStudio.Web.Tests.Accounts;

/// <summary>The sign-in and register pages: plain forms that post to the account endpoints.</summary>
public class SignInPageTests : StudioTestContext
{
    [Fact]
    public void Sign_in_form_posts_user_name_password_and_return_url_to_the_endpoint()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/account/login?returnUrl=%2Fprojects%2Fabc");
        var cut = Render<Login>();
        var form = cut.Find("form[aria-label='Sign in']");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/account/login", form.GetAttribute("action"));
        Assert.Equal("userName", Labelled(cut, "User name or email").GetAttribute("name"));
        var password = Labelled(cut, "Password");
        Assert.Equal("password", password.GetAttribute("name"));
        Assert.Equal("password", password.GetAttribute("type"));
        Assert.Equal("/projects/abc", cut.Find("input[name=returnUrl]").GetAttribute("value"));
        Assert.NotNull(cut.Find("form[aria-label='Sign in'] button[type=submit]"));
        Assert.Contains("/account/register?returnUrl=%2Fprojects%2Fabc", cut.Markup);
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Theory]
    [InlineData("invalid", "The user name or password is wrong.")]
    [InlineData("locked", "This account is locked")]
    public void Failed_sign_in_says_why(string error, string message)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/account/login?error={error}&userName=ada%3Cb%3E");
        var cut = Render<Login>();
        Assert.Contains(message, cut.Find("[role=alert]").TextContent);
        Assert.Equal("ada<b>", Labelled(cut, "User name or email").GetAttribute("value"));
    }

    [Fact]
    public void An_outside_return_url_is_replaced_by_home()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/account/login?returnUrl=https%3A%2F%2Fevil.example%2F");
        var cut = Render<Login>();
        Assert.Equal("/", cut.Find("input[name=returnUrl]").GetAttribute("value"));
    }

    [Fact]
    public void Register_form_posts_every_field_and_shows_a_refusal_as_text()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/account/register?error=%3Cb%3ETaken%3C%2Fb%3E&userName=grace");
        var cut = Render<Register>();
        var form = cut.Find("form[aria-label='Register']");
        Assert.Equal("/account/register", form.GetAttribute("action"));
        foreach (var (label, name) in new[] { ("User name", "userName"), ("Email (optional)", "email"), ("Password", "password"), ("Confirm password", "confirmPassword") })
            Assert.Equal(name, Labelled(cut, label).GetAttribute("name"));
        Assert.Equal("grace", Labelled(cut, "User name").GetAttribute("value"));
        Assert.Equal("<b>Taken</b>", cut.Find("[role=alert]").TextContent.Trim());
        Assert.Contains($"At least {AccountServices.MinPasswordLength} characters.", cut.Markup);
    }
}
