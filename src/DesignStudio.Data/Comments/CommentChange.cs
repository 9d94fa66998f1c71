namespace DesignStudio.Data.Comments;

/// <summary>A committed change to a project's comments, and the users whose notifications changed with it.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="ThreadId">The thread.</param>
/// <param name="Kind">What happened.</param>
/// <param name="NotifiedUserIds">Users whose notifications changed (their bells reload).</param>
/// <param name="FromInstance">The studio instance the change was relayed from, or null when it happened on this one.</param>
public sealed record CommentChange(Guid ProjectId, Guid ThreadId, CommentChangeKind Kind, IReadOnlyList<string> NotifiedUserIds, string? FromInstance = null)
{
    /// <summary>The wire form <c>instance|project|thread|kind|user,user</c> (kept under PostgreSQL's 8,000-byte NOTIFY limit).</summary>
    public string ToPayload(string instanceId) =>
        $"{instanceId}|{ProjectId:N}|{ThreadId:N}|{Kind}|{NotifiedUsersPayload.Join(NotifiedUserIds)}";

    /// <summary>Parses <see cref="ToPayload"/> output; null for anything else.</summary>
    public static CommentChange? Parse(string payload)
    {
        var parts = payload.Split('|');
        return parts.Length == 5 && Guid.TryParseExact(parts[1], "N", out var project) && Guid.TryParseExact(parts[2], "N", out var thread)
               && Enum.TryParse<CommentChangeKind>(parts[3], out var kind)
            ? new CommentChange(project, thread, kind, parts[4].Length == 0 ? [] : parts[4].Split(','), parts[0])
            : null;
    }
}
