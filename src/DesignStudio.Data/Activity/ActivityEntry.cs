namespace DesignStudio.Data.Activity;

/// <summary>
/// One line of a project's activity log: who did what, when. Not tied to the project row by a foreign key, so the
/// entry recording a deletion outlives the project; the user's name is copied so it outlives the account.
/// </summary>
public sealed class ActivityEntry
{
    /// <summary>Sequence id.</summary>
    public long Id { get; set; }

    /// <summary>The project.</summary>
    public Guid ProjectId { get; set; }

    /// <summary>Who did it (user id).</summary>
    public required string UserId { get; set; }

    /// <summary>Who did it (user name at the time).</summary>
    public required string UserName { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>What kind of thing happened.</summary>
    public ActivityKind Kind { get; set; }

    /// <summary>A sentence for people.</summary>
    public required string Summary { get; set; }
}
