namespace DesignStudio.Web.Tests.Hosting;

/// <summary>
/// The document starts Blazor itself (wwwroot/js/blazor-start.js) with an empty list of JavaScript initializers instead
/// of asking the server for it (one round trip less before the circuit starts). That is right only while no package
/// brings an initializer: the server's own list must stay empty.
/// </summary>
public sealed class BlazorStartTests : SignedInStudioTests
{
    [Fact]
    public async Task No_package_brings_a_javascript_initializer_that_starting_without_the_list_would_skip()
    {
        var list = await Http.GetStringAsync("/_blazor/initializers");

        Assert.Equal("[]", list.Trim());
    }

    [Fact]
    public async Task The_document_starts_blazor_itself_after_loading_it()
    {
        var html = await Http.GetStringAsync("/");

        var blazor = html.IndexOf("<script src=\"_framework/blazor.web.js\" autostart=\"false\"></script>", StringComparison.Ordinal);
        var start = html.IndexOf("<script src=\"js/blazor-start", StringComparison.Ordinal);
        Assert.True(blazor > 0 && start > blazor, "blazor.web.js (autostart off) and then js/blazor-start.js");
    }
}
