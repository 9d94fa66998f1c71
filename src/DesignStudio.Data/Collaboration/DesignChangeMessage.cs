namespace DesignStudio.Data.Collaboration;

/// <summary>
/// What one instance tells the others: the project's log reached <paramref name="Sequence"/>, and, when it fits in a
/// notification, the operation logged as that sequence (<see cref="Operation"/>). A receiver exactly one operation
/// behind applies it as it comes; any other receiver (a gap: a notification was missed or overtaken) reads what it lacks
/// from the log, as it does when the operation was too large to send along.
/// </summary>
/// <param name="InstanceId">The publishing instance (receivers ignore their own messages).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="Sequence">The latest logged sequence.</param>
public sealed record DesignChangeMessage(string InstanceId, Guid ProjectId, long Sequence)
{
    /// <summary>The operation logged as <see cref="Sequence"/>, exactly as logged; null when the message names only the sequence.</summary>
    public LoggedOperation? Operation { get; init; }

    /// <summary>The wire form without the operation: <c>instance|project|sequence</c>.</summary>
    public string ToPayload() => $"{InstanceId}|{ProjectId:N}|{Sequence}";

    /// <summary>Parses <see cref="ToPayload"/> output; null for anything else.</summary>
    public static DesignChangeMessage? Parse(string payload)
    {
        var parts = payload.Split('|');
        return parts.Length == 3 && Guid.TryParseExact(parts[1], "N", out var project) && long.TryParse(parts[2], out var sequence)
            ? new DesignChangeMessage(parts[0], project, sequence) : null;
    }
}
