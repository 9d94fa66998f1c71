namespace DesignStudio.Data.Versions;

/// <summary>A version as listed: number, name, message, author, time (UTC), tags and, for a restore, the version restored.</summary>
public sealed record VersionSummary(int Number, string Name, string? Message, string? Author, DateTime CreatedUtc,
    IReadOnlyList<string> Tags, int? RestoredFrom);
