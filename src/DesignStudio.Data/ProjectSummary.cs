using DesignStudio.Data.Access;

namespace DesignStudio.Data;

/// <summary>A project as listed: id, name and times (UTC), and the caller's role in it when the store knows it.</summary>
public sealed record ProjectSummary(Guid Id, string Name, DateTime CreatedUtc, DateTime UpdatedUtc, ProjectRole? Role = null);
