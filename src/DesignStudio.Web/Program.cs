using DesignStudio.Web;
using DesignStudio.Web.Accounts;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Components;
using Serilog;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
// The build output run outside Development finds the package assets only through the static web assets manifest.
if (!builder.Environment.IsDevelopment()) builder.WebHost.UseStaticWebAssets();
// MapStaticAssets' development-time check for files changed since the build fires for package assets that did not change
// and then serves them uncompressed (MudBlazor.min.css: 627 KB instead of 43 KB): off unless configured (set
// ReloadStaticAssetsAtRuntime=true to edit wwwroot while the studio runs). The lowest-priority source: settings win.
builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
{
    InitialData = [new("ReloadStaticAssetsAtRuntime", "false")],
});
builder.Services.AddDesignStudio(builder.Configuration);

var app = builder.Build();
app.UseSerilogRequestLogging();
if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/health");
DesignStudio.Web.Services.Versions.VersionEndpoints.MapVersionEndpoints(app);
app.MapAccountEndpoints();
app.MapDesignOperations();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory tests.</summary>
public partial class Program;
