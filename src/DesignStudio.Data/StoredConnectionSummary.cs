namespace DesignStudio.Data;

/// <summary>A stored connection as lists show it: no connection string, only its redacted description.</summary>
public sealed record StoredConnectionSummary(Guid Id, string Name, string Engine, string Description, DateTime CreatedUtc);
