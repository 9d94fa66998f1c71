var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var app = builder.Build();
app.MapGet("/health", () => Results.Ok("Healthy"));
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory tests.</summary>
public partial class Program;
