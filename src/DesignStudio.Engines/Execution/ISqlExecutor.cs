namespace DesignStudio.Engines.Execution;

/// <summary>
/// Runs SQL statements against one database, in order, stopping at the first failure. Failures caused by the SQL
/// (syntax errors, constraint violations, timeouts, unreachable servers) are reported in the result, not thrown;
/// only cancellation by the caller's token throws.
/// </summary>
public interface ISqlExecutor
{
    /// <summary>Stable engine name (<see cref="DesignStudio.Core.Dialects.DialectNames"/>).</summary>
    string Engine { get; }

    /// <summary>Runs <paramref name="statements"/> one after another.</summary>
    Task<ExecutionResult> ExecuteAsync(IReadOnlyList<string> statements, CancellationToken cancellationToken = default);
}
