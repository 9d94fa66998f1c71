using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace DesignStudio.Web.Tests.Hosting;

/// <summary>
/// Every stylesheet and script a page links is served compressed to a browser that accepts it (the real studio on
/// Kestrel): MudBlazor.min.css is 627 KB as it is and 43 KB with Brotli. Two things served it whole before: the
/// development-time file check of MapStaticAssets, and a package's fingerprinted address, which the SDK gives no
/// compressed variant.
/// </summary>
public sealed partial class StaticAssetCompressionTests : SignedInStudioTests
{
    [Fact]
    public async Task Every_linked_stylesheet_and_script_over_4_KB_is_served_compressed()
    {
        var html = await Http.GetStringAsync("/");
        var assets = LinkedAsset().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains(assets, a => a.StartsWith("_content/MudBlazor/MudBlazor.min", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("_framework/blazor.web", StringComparison.Ordinal));

        var problems = new List<string>();
        foreach (var asset in assets)
        {
            using var identity = await GetAsync(asset, "identity");
            var size = (await identity.Content.ReadAsByteArrayAsync()).Length;
            if (size <= 4096) continue;
            // What Chromium sends; the build output has gzip variants, a published studio Brotli as well.
            using var compressed = await GetAsync(asset, "gzip", "deflate", "br", "zstd");
            var sent = (await compressed.Content.ReadAsByteArrayAsync()).Length;
            Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
            // Compressed and smaller by at least half (CSS and JavaScript compress 3-15 times), not merely labelled so.
            if (!compressed.Content.Headers.ContentEncoding.Any(e => e is "br" or "gzip") || sent > size / 2)
                problems.Add($"{asset}: {size} B, sent {sent} B as '{string.Join(",", compressed.Content.Headers.ContentEncoding)}'");
        }
        Assert.Empty(problems);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, params string[] encodings)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + path);
        foreach (var encoding in encodings) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await Http.SendAsync(request);
    }

    // Stylesheets and classic scripts the document links (relative addresses, as App.razor writes them).
    [GeneratedRegex("""<(?:link rel="stylesheet" href|script src)="([^"/:][^"]*)"[^>]*>""")]
    private static partial Regex LinkedAsset();
}
