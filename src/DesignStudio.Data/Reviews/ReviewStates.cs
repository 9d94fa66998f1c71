namespace DesignStudio.Data.Reviews;

/// <summary>How the reviewers' verdicts decide a review's state.</summary>
public static class ReviewStates
{
    /// <summary>
    /// Any "changes requested" makes the review <see cref="ReviewState.ChangesRequested"/>; every reviewer approving
    /// makes it <see cref="ReviewState.Approved"/>; otherwise it is <see cref="ReviewState.Open"/>.
    /// </summary>
    public static ReviewState From(IEnumerable<ReviewVerdict> verdicts)
    {
        var all = verdicts.ToList();
        if (all.Contains(ReviewVerdict.ChangesRequested)) return ReviewState.ChangesRequested;
        return all.Count > 0 && all.TrueForAll(v => v == ReviewVerdict.Approved) ? ReviewState.Approved : ReviewState.Open;
    }

    /// <summary>Whether the review is still being worked on (open or changes requested): listed first.</summary>
    public static bool IsActive(this ReviewState state) => state is ReviewState.Open or ReviewState.ChangesRequested;

    /// <summary>The state as shown on chips: "In review", "Approved", "Changes requested", "Withdrawn".</summary>
    public static string Label(this ReviewState state) => state switch
    {
        ReviewState.Open => "In review",
        ReviewState.Approved => "Approved",
        ReviewState.ChangesRequested => "Changes requested",
        _ => "Withdrawn",
    };

    /// <summary>The verdict as shown to people.</summary>
    public static string Label(this ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.Approved => "Approved",
        ReviewVerdict.ChangesRequested => "Changes requested",
        _ => "Pending",
    };
}
