namespace DesignStudio.Data.Reviews;

/// <summary>Where a review stands.</summary>
public enum ReviewState
{
    /// <summary>Waiting for the reviewers' verdicts.</summary>
    Open,

    /// <summary>Every assigned reviewer approved.</summary>
    Approved,

    /// <summary>At least one reviewer asked for changes.</summary>
    ChangesRequested,

    /// <summary>The requester took the review back.</summary>
    Withdrawn,
}
