using System.Net;
using DesignStudio.Data;
using DesignStudio.Web.Services;
using DesignStudio.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DesignStudio.Web.Tests;

/// <summary>The whole app on real Kestrel with a temporary SQLite store, over HTTP.</summary>
public sealed class WebAppTests : SignedInStudioTests
{
    [Fact]
    public async Task Health_reports_the_store_healthy()
    {
        var response = await Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_up_migrates_a_sqlite_store_in_the_configured_data_folder()
    {
        Assert.True(File.Exists(Path.Combine(Server.DataDirectory, "designstudio.db")));
        Assert.Empty(await Server.Store.ListProjectsAsync());
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Server.DataDirectory, "logs")));
    }

    [Fact]
    public async Task Project_list_renders_with_the_stored_projects()
    {
        await Server.Store.CreateProjectAsync("Listed & <escaped>", new Core.Model.Design());
        var html = await Http.GetStringAsync("/");
        Assert.Contains("<h1", html);
        Assert.Contains("New project", html);
        Assert.Contains("Listed &amp; &lt;escaped&gt;", html);
        Assert.Contains("_content/MudBlazor/MudBlazor.min", html);
    }

    [Fact]
    public async Task Design_page_prerenders_a_light_shell_and_leaves_the_design_to_the_circuit()
    {
        var store = Server.Store;
        var project = (await store.CreateProjectAsync("Blog", StarterDesigns.Blog())).Value!;
        var response = await Http.GetAsync($"/projects/{project.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        // The circuit renders the whole page again a moment later (Blazor Server does not reuse prerendered markup), so
        // the prerender neither loads the design nor sends it: the layout and a loading indicator only.
        Assert.Contains("aria-label=\"Loading design\"", html);
        Assert.DoesNotContain("display_name", html);
        Assert.Contains("_content/MudBlazor/MudBlazor.min", html);
    }

    [Fact]
    public async Task Static_assets_are_served()
    {
        var html = await Http.GetStringAsync("/");
        var css = System.Text.RegularExpressions.Regex.Match(html, "href=\"(_content/MudBlazor/MudBlazor\\.min[^\"]*\\.css)\"").Groups[1].Value;
        var response = await Http.GetAsync("/" + css);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task Unknown_address_gets_the_friendly_not_found_page()
    {
        var response = await Http.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }
}
