namespace DesignStudio.Data.Reviews;

/// <summary>What happened to a review.</summary>
public enum ReviewChangeKind
{
    /// <summary>A review was requested.</summary>
    Requested,

    /// <summary>A reviewer approved or requested changes.</summary>
    VerdictGiven,

    /// <summary>Someone commented in the review's discussion.</summary>
    Commented,

    /// <summary>The requester withdrew the review.</summary>
    Withdrawn,
}
