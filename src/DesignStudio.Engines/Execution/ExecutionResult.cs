namespace DesignStudio.Engines.Execution;

/// <summary>The outcome of running a script: how many statements ran and, if one failed, which and why.</summary>
/// <param name="ExecutedCount">Statements that completed successfully.</param>
/// <param name="Failure">The first failure, or null when every statement succeeded.</param>
/// <param name="Elapsed">Wall-clock time, connecting included.</param>
public sealed record ExecutionResult(int ExecutedCount, StatementFailure? Failure, TimeSpan Elapsed)
{
    /// <summary>Whether every statement succeeded.</summary>
    public bool Succeeded => Failure is null;

    /// <inheritdoc />
    public override string ToString() =>
        Failure is null ? $"{ExecutedCount} statement(s) succeeded in {Elapsed.TotalMilliseconds:F0} ms" : Failure.ToString();
}
