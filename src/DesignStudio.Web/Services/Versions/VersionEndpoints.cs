using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations.Export;

namespace DesignStudio.Web.Services.Versions;

/// <summary>Downloads of migration zips: the same workbench the compare view uses.</summary>
public static class VersionEndpoints
{
    /// <summary>
    /// <c>GET /projects/{id}/migrations/{from}/{to}.zip?dialect=&amp;format=plain|flyway|liquibase&amp;allowDataLoss=&amp;safe=</c>
    /// (<c>to</c> is a version number or <c>working</c>). Lossy migrations need <c>allowDataLoss=true</c>, the explicit confirmation.
    /// </summary>
    public static IEndpointRouteBuilder MapVersionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/projects/{projectId:guid}/migrations/{from:int}/{to}.zip", async (Guid projectId, int from, string to, string? dialect,
            string? format, bool? allowDataLoss, bool? safe, MigrationWorkbench workbench, HttpContext http, CancellationToken cancellationToken) =>
        {
            int? toVersion = to == "working" ? null : int.TryParse(to, out var n) ? n : -1;
            if (toVersion == -1) return Results.NotFound();
            if (DialectRegistry.TryGet(dialect ?? "") is not { } d) return Results.BadRequest("Unknown dialect.");
            if (!Enum.TryParse<MigrationExportFormat>(format ?? "plain", ignoreCase: true, out var convention)) return Results.BadRequest("Unknown format.");
            var pair = await workbench.LoadAsync(DesignStudio.Web.Accounts.CurrentUser.Id(http.User), projectId, from, toVersion, cancellationToken);
            if (pair is null) return Results.NotFound();
            var plan = MigrationWorkbench.Plan(pair, d.Name, allowDataLoss == true, safe == true);
            if (plan.Refused) return Results.Conflict("The migration loses data: confirm it (allowDataLoss=true) to download it.");
            var file = $"{MigrationWorkbench.MigrationName(pair)}.{d.Name}.{convention.ToString().ToLowerInvariant()}.zip";
            return Results.File(MigrationWorkbench.Zip(pair, plan, convention), "application/zip", file);
        });
        return endpoints;
    }
}
