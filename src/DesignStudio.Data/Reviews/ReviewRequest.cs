namespace DesignStudio.Data.Reviews;

/// <summary>
/// What "Request review" asks for: version <paramref name="VersionNumber"/> reviewed by <paramref name="ReviewerIds"/>
/// against <paramref name="BaseVersionNumber"/> (null: the previous version, or an empty design for version 1).
/// </summary>
public sealed record ReviewRequest(int VersionNumber, IReadOnlyList<string> ReviewerIds, string? Message = null, int? BaseVersionNumber = null);
