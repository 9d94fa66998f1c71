using System.Security.Claims;
using System.Text.Json;
using DesignStudio.Core.Serialization.Operations;
using DesignStudio.Data.Access;
using DesignStudio.Web.Accounts;

namespace DesignStudio.Web.Collaboration;

/// <summary>
/// The operation API: the same session service the design page uses, for scripts and tests.
/// <c>POST /api/projects/{id}/operations</c> with <c>{"clientId", "clientOperationId", "baseSequence", "operation"}</c>
/// answers <c>{"sequence"}</c> once the operation is logged; <c>GET …/operations?after=N</c> lists later operations.
/// Both need a signed-in caller (401 otherwise) with a role in the project: viewer to read, editor to submit (403).
/// </summary>
public static class DesignOperationEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapDesignOperations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects/{projectId:guid}/operations").DisableAntiforgery();
        group.MapPost("", SubmitAsync);
        group.MapGet("", ReadAsync);
        return app;
    }

    private static async Task<IResult> SubmitAsync(Guid projectId, HttpRequest request, DesignSessionService sessions, IProjectAccess access, CancellationToken cancellationToken)
    {
        if (await CheckAsync(projectId, request.HttpContext.User, ProjectPermission.Edit, access, cancellationToken) is { } refusal) return refusal;
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            return Results.BadRequest(new { errors = new[] { "Malformed JSON: " + e.Message } });
        }
        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("clientId", out var client) || client.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("clientOperationId", out var opId) || opId.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("baseSequence", out var baseSequence) || !baseSequence.TryGetInt64(out var based)
                || !root.TryGetProperty("operation", out var operationJson))
            {
                return Results.BadRequest(new { errors = new[] { "Expected {\"clientId\", \"clientOperationId\", \"baseSequence\", \"operation\"}." } });
            }
            var operation = OperationJson.Read(operationJson.GetRawText());
            if (!operation.Succeeded) return Results.BadRequest(new { errors = operation.Diagnostics.Select(d => d.Message) });
            var clientId = client.GetString()!;
            var who = Caller(request.HttpContext.User);
            var result = await sessions.SubmitAsync(projectId, who, clientId, opId.GetString()!, based, operation.Operation, cancellationToken);
            return result switch
            {
                SubmitResult.Accepted accepted => Results.Ok(new { sequence = accepted.Sequence }),
                SubmitResult.Refused refused => Results.Conflict(new { errors = refused.Diagnostics.Select(d => new { d.Code, d.Message }) }),
                _ => Results.StatusCode(500),
            };
        }
    }

    private static async Task<IResult> ReadAsync(Guid projectId, long? after, HttpContext http, DesignSessionService sessions, IProjectAccess access, CancellationToken cancellationToken)
    {
        if (await CheckAsync(projectId, http.User, ProjectPermission.View, access, cancellationToken) is { } refusal) return refusal;
        var who = Caller(http.User);
        var entries = await sessions.ReadSinceAsync(projectId, who, after ?? 0, cancellationToken);
        return Results.Text("[" + string.Join(",", entries.Select(e => $"{{\"sequence\":{e.Sequence},\"operation\":{OperationJson.Serialize(e.Operation)}}}")) + "]", "application/json");
    }

    // Not signed in: 401; no such project: 404; a role below what the request needs: 403.
    private static async Task<IResult?> CheckAsync(Guid projectId, ClaimsPrincipal user, ProjectPermission permission, IProjectAccess access, CancellationToken cancellationToken)
    {
        var userId = CurrentUser.Id(user);
        if (userId.Length == 0) return Results.Unauthorized();
        return await access.CheckAsync(projectId, userId, permission, cancellationToken) switch
        {
            AccessDecision.Allowed => null,
            AccessDecision.ProjectMissing => Results.NotFound(),
            _ => Results.StatusCode(StatusCodes.Status403Forbidden),
        };
    }

    private static Collaborator Caller(ClaimsPrincipal user)
    {
        var id = CurrentUser.Id(user);
        return new Collaborator(id, user.Identity?.Name ?? "Someone", Collaborator.ColourOf(id));
    }
}
