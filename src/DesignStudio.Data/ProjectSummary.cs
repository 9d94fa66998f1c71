namespace DesignStudio.Data;

/// <summary>A project as listed: id, name and times (UTC).</summary>
public sealed record ProjectSummary(Guid Id, string Name, DateTime CreatedUtc, DateTime UpdatedUtc);
