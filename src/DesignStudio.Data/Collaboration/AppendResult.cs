namespace DesignStudio.Data.Collaboration;

/// <summary>The outcome of appending an operation to the log.</summary>
public abstract record AppendResult
{
    private AppendResult()
    {
    }

    /// <summary>The operation is logged (committed) as <paramref name="Sequence"/>.</summary>
    public sealed record Logged(long Sequence, DateTime TimestampUtc) : AppendResult;

    /// <summary>
    /// Another server logged an operation as that sequence first: nothing was written. Read the missing operations,
    /// rebase and try again with the next sequence.
    /// </summary>
    public sealed record SequenceTaken : AppendResult;

    /// <summary>This client operation was logged before (a resubmission after a lost acknowledgement).</summary>
    public sealed record AlreadyLogged(long Sequence) : AppendResult;

    /// <summary>The project no longer exists.</summary>
    public sealed record ProjectMissing : AppendResult;
}
