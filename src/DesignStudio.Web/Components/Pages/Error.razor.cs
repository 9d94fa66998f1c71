using System.Diagnostics;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages;

/// <summary>The friendly error page (static rendering, shown by the exception handler).</summary>
public partial class Error
{
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private string? RequestId { get; set; }

    /// <inheritdoc />
    protected override void OnInitialized() => RequestId = Activity.Current?.Id ?? HttpContext?.TraceIdentifier;
}
