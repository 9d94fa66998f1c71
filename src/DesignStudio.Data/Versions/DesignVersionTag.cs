namespace DesignStudio.Data.Versions;

/// <summary>A tag such as "v1.2 released" on a version; a tag name is unique within its project.</summary>
public sealed class DesignVersionTag
{
    /// <summary>The owning project.</summary>
    public Guid ProjectId { get; set; }

    /// <summary>The tag text.</summary>
    public required string Name { get; set; }

    /// <summary>The tagged version.</summary>
    public Guid VersionId { get; set; }

    /// <summary>When the tag was set (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}
