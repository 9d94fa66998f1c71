using DesignStudio.Data.Comments;

namespace DesignStudio.Data.Reviews;

/// <summary>A committed change to one of a project's reviews, and the users whose notifications changed with it.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Number">The review's number in the project.</param>
/// <param name="Kind">What happened.</param>
/// <param name="NotifiedUserIds">Users who got a notification with it (their bells reload).</param>
/// <param name="FromInstance">The studio instance the change was relayed from, or null when it happened on this one.</param>
public sealed record ReviewChange(Guid ProjectId, int Number, ReviewChangeKind Kind, IReadOnlyList<string> NotifiedUserIds, string? FromInstance = null)
{
    /// <summary>What starts the wire form (tells it apart from a comment change on the same channel).</summary>
    public const string Prefix = "R|";

    /// <summary>The wire form <c>R|instance|project|number|kind|user,user</c> (kept under PostgreSQL's 8,000-byte NOTIFY limit).</summary>
    public string ToPayload(string instanceId) =>
        $"{Prefix}{instanceId}|{ProjectId:N}|{Number}|{Kind}|{NotifiedUsersPayload.Join(NotifiedUserIds)}";

    /// <summary>Parses <see cref="ToPayload"/> output; null for anything else.</summary>
    public static ReviewChange? Parse(string payload)
    {
        if (!payload.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = payload[Prefix.Length..].Split('|');
        return parts.Length == 5 && Guid.TryParseExact(parts[1], "N", out var project) && int.TryParse(parts[2], out var number)
               && Enum.TryParse<ReviewChangeKind>(parts[3], out var kind) && Enum.IsDefined(kind)
            ? new ReviewChange(project, number, kind, parts[4].Length == 0 ? [] : parts[4].Split(','), parts[0])
            : null;
    }
}
