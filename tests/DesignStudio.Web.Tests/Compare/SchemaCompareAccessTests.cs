using System.Net;
using DesignStudio.Web.Tests.Hosting;

namespace DesignStudio.Web.Tests.Compare;

/// <summary>The schema compare page over real HTTP: signed-in users only.</summary>
public sealed class SchemaCompareAccessTests : IAsyncLifetime
{
    private StudioServer server = default!;

    public Task InitializeAsync()
    {
        server = new StudioServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in_and_a_signed_in_user_gets_the_page()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };
        var refused = await anonymous.GetAsync("/compare");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith($"{server.Address}account/login?ReturnUrl=%2Fcompare", refused.Headers.Location!.ToString());

        using var signedIn = await server.SignedInClientAsync();
        var page = await signedIn.GetAsync("/compare");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Compare two SQL schemas", await page.Content.ReadAsStringAsync());
    }
}
