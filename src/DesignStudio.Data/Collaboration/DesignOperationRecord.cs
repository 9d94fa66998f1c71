namespace DesignStudio.Data.Collaboration;

/// <summary>
/// One acknowledged edit of a project's design in the operation log. The database sequences operations: the key
/// (project, sequence) is unique, so two servers cannot both log sequence N, and a client's resubmission of the same
/// operation (same client id and client operation id) is recognised instead of applied twice.
/// </summary>
public sealed class DesignOperationRecord
{
    /// <summary>The project whose design was edited.</summary>
    public Guid ProjectId { get; set; }

    /// <summary>Position in the project's log, from 1 without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>Who made the edit (an account id, or the local user's name), if known.</summary>
    public string? UserId { get; set; }

    /// <summary>The page (browser tab or API client) that submitted it.</summary>
    public required string ClientId { get; set; }

    /// <summary>The client's own id for the operation, unique per client: makes resubmission idempotent.</summary>
    public required string ClientOperationId { get; set; }

    /// <summary>The operation as operation JSON.</summary>
    public required string Json { get; set; }

    /// <summary>When it was logged (UTC).</summary>
    public DateTime TimestampUtc { get; set; }
}
