namespace DesignStudio.Core.Model;

/// <summary>An enumerated type: PostgreSQL CREATE TYPE AS ENUM, MySQL ENUM, or a CHECK elsewhere.</summary>
public sealed record EnumType
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Type name.</summary>
    public required string Name { get; init; }

    /// <summary>Optional schema.</summary>
    public string? Schema { get; init; }

    /// <summary>Allowed values in order.</summary>
    public required ValueList<string> Values { get; init; }

    /// <summary>Comment.</summary>
    public string? Comment { get; init; }
}
