using System.Text.Json;
using DesignStudio.Core.Serialization.Operations;

namespace DesignStudio.Web.Collaboration;

/// <summary>
/// The operation API: the same session service the design page uses, for scripts and tests.
/// <c>POST /api/projects/{id}/operations</c> with <c>{"clientId", "clientOperationId", "baseSequence", "operation"}</c>
/// answers <c>{"sequence"}</c> once the operation is logged; <c>GET …/operations?after=N</c> lists later operations.
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

    private static async Task<IResult> SubmitAsync(Guid projectId, HttpRequest request, DesignSessionService sessions, ICollaboratorIdentity identity, CancellationToken cancellationToken)
    {
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
            var who = await identity.CurrentAsync(clientId);
            var result = await sessions.SubmitAsync(projectId, who, clientId, opId.GetString()!, based, operation.Operation, cancellationToken);
            return result switch
            {
                SubmitResult.Accepted accepted => Results.Ok(new { sequence = accepted.Sequence }),
                SubmitResult.Refused refused => Results.Conflict(new { errors = refused.Diagnostics.Select(d => new { d.Code, d.Message }) }),
                _ => Results.StatusCode(500),
            };
        }
    }

    private static async Task<IResult> ReadAsync(Guid projectId, long? after, string? clientId, DesignSessionService sessions, ICollaboratorIdentity identity, CancellationToken cancellationToken)
    {
        var who = await identity.CurrentAsync(clientId ?? "api");
        var entries = await sessions.ReadSinceAsync(projectId, who, after ?? 0, cancellationToken);
        return Results.Text("[" + string.Join(",", entries.Select(e => $"{{\"sequence\":{e.Sequence},\"operation\":{OperationJson.Serialize(e.Operation)}}}")) + "]", "application/json");
    }
}
