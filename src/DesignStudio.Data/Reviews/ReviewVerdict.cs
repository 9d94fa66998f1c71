namespace DesignStudio.Data.Reviews;

/// <summary>One reviewer's answer.</summary>
public enum ReviewVerdict
{
    /// <summary>Not answered yet.</summary>
    Pending,

    /// <summary>Approved.</summary>
    Approved,

    /// <summary>Asked for changes.</summary>
    ChangesRequested,
}
