namespace DesignStudio.Data.Collaboration;

/// <summary>
/// What one instance tells the others: the project's log reached <paramref name="Sequence"/>. Kept tiny (PostgreSQL
/// NOTIFY payloads are limited to 8,000 bytes): receivers read the operations from the log.
/// </summary>
/// <param name="InstanceId">The publishing instance (receivers ignore their own messages).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="Sequence">The latest logged sequence.</param>
public sealed record DesignChangeMessage(string InstanceId, Guid ProjectId, long Sequence)
{
    /// <summary>The wire form <c>instance|project|sequence</c>.</summary>
    public string ToPayload() => $"{InstanceId}|{ProjectId:N}|{Sequence}";

    /// <summary>Parses <see cref="ToPayload"/> output; null for anything else.</summary>
    public static DesignChangeMessage? Parse(string payload)
    {
        var parts = payload.Split('|');
        return parts.Length == 3 && Guid.TryParseExact(parts[1], "N", out var project) && long.TryParse(parts[2], out var sequence)
            ? new DesignChangeMessage(parts[0], project, sequence) : null;
    }
}
