using DesignStudio.Core.Model;

namespace DesignStudio.Data.Versions;

/// <summary>A version with its design.</summary>
public sealed record StoredVersion(VersionSummary Summary, Design Design);
