namespace DesignStudio.Data;

/// <summary>A project in the store: a named container for one design.</summary>
public sealed class Project
{
    /// <summary>Stable id.</summary>
    public Guid Id { get; set; }

    /// <summary>Display name.</summary>
    public required string Name { get; set; }

    /// <summary>When the project was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When the project or its design last changed (UTC).</summary>
    public DateTime UpdatedUtc { get; set; }

    /// <summary>The project's design document.</summary>
    public DesignDocument? Document { get; set; }
}
