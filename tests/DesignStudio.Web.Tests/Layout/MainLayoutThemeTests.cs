using Bunit;
using DesignStudio.Web.Components.Layout;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Tests.Layout;

public class MainLayoutThemeTests : StudioTestContext
{
    public MainLayoutThemeTests() => SetRendererInfo(new RendererInfo("Server", true));

    [Fact]
    public void Theme_toggle_switches_to_dark_and_remembers_it_in_the_browser()
    {
        var cut = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));
        Button(cut, "Switch to dark theme").Click();
        cut.WaitForAssertion(() => Button(cut, "Switch to light theme"));
        var call = JSInterop.VerifyInvoke("designStudio.setSetting");
        Assert.Equal(MainLayout.ThemeStorageKey, call.Arguments[0]);
        Assert.Equal("dark", call.Arguments[1]);
    }

    [Fact]
    public void Stored_dark_theme_is_applied_when_the_page_becomes_interactive()
    {
        JSInterop.Setup<string?>("designStudio.getSetting", MainLayout.ThemeStorageKey).SetResult("dark");
        var cut = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));
        cut.WaitForAssertion(() => Button(cut, "Switch to light theme"));
    }
}
