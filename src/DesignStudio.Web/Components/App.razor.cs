using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace DesignStudio.Web.Components;

/// <summary>The HTML document: assets and the router.</summary>
public partial class App
{
    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    // The error page stays static (it must render even when interactivity is what failed).
    private IComponentRenderMode? PageRenderMode => HttpContext.AcceptsInteractiveRouting() ? RenderMode.InteractiveServer : null;
}
