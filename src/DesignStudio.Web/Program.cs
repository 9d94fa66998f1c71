using DesignStudio.Web;
using DesignStudio.Web.Accounts;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Components;
using Serilog;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
// The build output run outside Development finds the package assets only through the static web assets manifest.
if (!builder.Environment.IsDevelopment()) builder.WebHost.UseStaticWebAssets();
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
