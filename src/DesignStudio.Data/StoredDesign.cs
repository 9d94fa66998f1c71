using DesignStudio.Core.Model;

namespace DesignStudio.Data;

/// <summary>A design loaded from the store with the version a later save must name.</summary>
public sealed record StoredDesign(ProjectSummary Project, Design Design, int Version, DateTime UpdatedUtc, string? UpdatedBy);
