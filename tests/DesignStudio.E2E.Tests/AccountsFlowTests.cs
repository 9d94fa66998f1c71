using DesignStudio.Core.Model;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DesignStudio.E2E.Tests;

/// <summary>Two people in real Chromium: accounts, a share link with the viewer role, and its revocation.</summary>
public sealed class AccountsFlowTests
{
    [SkippableFact]
    public async Task Owner_shares_a_viewer_link_the_viewer_cannot_edit_and_revoking_it_ends_access_at_once()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer(createDefaultUser: false);
        var owner = await browser.RawBrowser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.Address.ToString() });
        owner.SetDefaultTimeout(30_000);

        // Sign-in is required; the first account registered becomes administrator.
        await owner.GotoAsync("/");
        await owner.WaitForURLAsync("**/account/login?ReturnUrl=*");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Register" }).ClickAsync();
        await BrowserSession.RegisterAsync(owner, "alice", "alice-password-1");
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Projects" })).ToBeVisibleAsync();
        await Expect(owner.GetByText("administrator")).ToBeVisibleAsync();

        await BrowserSession.CreateProjectAsync(owner, "Shared shop");
        var projectId = Guid.Parse(owner.Url.Split('/').Last());
        await owner.GetByRole(AriaRole.Textbox, new() { Name = "New table name" }).FillAsync("orders");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Add table" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Status, new() { Name = "Save status" })).ToHaveTextAsync("Saved (version 1)");

        await owner.GetByRole(AriaRole.Button, new() { Name = "Members and sharing" }).ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Create share link" }).ClickAsync();
        var shareUrl = await owner.GetByRole(AriaRole.Textbox, new() { Name = "New share link" }).InputValueAsync();
        Assert.Contains("/share/", shareUrl);

        // A second person registers and opens the link: they can look but not edit.
        var viewerContext = await browser.RawBrowser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        var viewer = await viewerContext.NewPageAsync();
        viewer.SetDefaultTimeout(30_000);
        await BrowserSession.RegisterAsync(viewer, "bob", "bob-password-12");
        await Expect(viewer.GetByText("administrator")).ToHaveCountAsync(0);
        await viewer.GotoAsync(shareUrl);
        await BrowserSession.WaitForPageAsync(viewer, $"^/projects/{projectId}$");
        await Expect(viewer.GetByText("You have view-only access")).ToBeVisibleAsync();
        await Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Add table" })).ToBeDisabledAsync();
        await Expect(viewer.GetByRole(AriaRole.Textbox, new() { Name = "New table name" })).ToBeDisabledAsync();
        await Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Members and sharing" })).ToHaveCountAsync(0);

        // A forged edit: re-enable the controls in the page and use them, then call the store directly as the viewer.
        await viewer.EvaluateAsync("() => document.querySelectorAll('[disabled]').forEach(e => e.removeAttribute('disabled'))");
        await viewer.GetByRole(AriaRole.Textbox, new() { Name = "New table name" }).FillAsync("forged");
        await viewer.GetByRole(AriaRole.Button, new() { Name = "Add table" }).ClickAsync(new() { Force = true });
        var bobId = await UserIdAsync(server, "bob");
        var forged = await server.RealStore.SaveDesignAsync(bobId, projectId, new Design { Name = "forged" }, 2);
        Assert.IsType<SaveResult.Forbidden>(forged);
        var stored = (await server.RealStore.LoadDesignAsync(await UserIdAsync(server, "alice"), projectId)).Value!;
        Assert.Equal(1, stored.Version); // live operations go to the log; only whole-design writes step the document version
        Assert.Equal(["orders"], stored.Design.Tables.Select(t => t.Name));

        // Revoking the link takes effect at once in the viewer's open page.
        await owner.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Revoke viewer link") }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Cell, new() { Name = "revoked", Exact = true })).ToBeVisibleAsync();
        await Expect(viewer.GetByText("You no longer have access")).ToBeVisibleAsync();
        var list = await viewerContext.NewPageAsync();
        await list.GotoAsync("/");
        await BrowserSession.WaitForInteractiveAsync(list);
        await Expect(list.GetByRole(AriaRole.Heading, new() { Name = "Projects" })).ToBeVisibleAsync();
        await Expect(list.GetByRole(AriaRole.Link, new() { Name = "Shared shop" })).ToHaveCountAsync(0);
    }

    private static async Task<string> UserIdAsync(StudioServer server, string userName)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<StudioUser>>().FindByNameAsync(userName))!.Id;
    }
}
