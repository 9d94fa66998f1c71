namespace DesignStudio.Data.Reviews;

/// <summary>
/// A request to review one committed version of a project's design against a base version. Its state follows the
/// reviewers' verdicts (<see cref="ReviewStates.From"/>) until the requester withdraws it.
/// </summary>
public sealed class Review
{
    /// <summary>Stable id.</summary>
    public Guid Id { get; set; }

    /// <summary>The project.</summary>
    public Guid ProjectId { get; set; }

    /// <summary>1, 2, 3… per project, in request order (the number in the review's address).</summary>
    public int Number { get; set; }

    /// <summary>The version under review.</summary>
    public int VersionNumber { get; set; }

    /// <summary>The version it is compared against, or null for an empty design (a review of the first version).</summary>
    public int? BaseVersionNumber { get; set; }

    /// <summary>Who asked for the review (user id).</summary>
    public required string RequestedBy { get; set; }

    /// <summary>When it was asked for (UTC).</summary>
    public DateTime RequestedUtc { get; set; }

    /// <summary>The requester's message to the reviewers, if any.</summary>
    public string? Message { get; set; }

    /// <summary>Where the review stands.</summary>
    public ReviewState State { get; set; }

    /// <summary>When it was approved or withdrawn (UTC); null while it is open or changes are requested.</summary>
    public DateTime? ClosedUtc { get; set; }

    /// <summary>Bumped by every verdict and withdrawal (a concurrency token: two verdicts at once cannot both win).</summary>
    public int Revision { get; set; }
}
