namespace DesignStudio.Data.Versions;

/// <summary>A committed change to a project's version history.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Number">The version concerned (the new one for a commit or a restore).</param>
/// <param name="Kind">What happened.</param>
/// <param name="FromInstance">The studio instance the change was relayed from, or null when it happened on this one.</param>
public sealed record VersionChange(Guid ProjectId, int Number, VersionChangeKind Kind, string? FromInstance = null)
{
    /// <summary>What starts the wire form (tells it apart from comment and review changes on the same channel).</summary>
    public const string Prefix = "V|";

    /// <summary>The wire form <c>V|instance|project|number|kind</c> (a few dozen bytes, far under the NOTIFY limit).</summary>
    public string ToPayload(string instanceId) => $"{Prefix}{instanceId}|{ProjectId:N}|{Number}|{Kind}";

    /// <summary>Parses <see cref="ToPayload"/> output; null for anything else.</summary>
    public static VersionChange? Parse(string payload)
    {
        if (!payload.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = payload[Prefix.Length..].Split('|');
        return parts.Length == 4 && Guid.TryParseExact(parts[1], "N", out var project) && int.TryParse(parts[2], out var number)
               && Enum.TryParse<VersionChangeKind>(parts[3], out var kind) && Enum.IsDefined(kind)
            ? new VersionChange(project, number, kind, parts[0])
            : null;
    }
}
