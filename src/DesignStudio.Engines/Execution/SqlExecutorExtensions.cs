using DesignStudio.Core.Dialects;

namespace DesignStudio.Engines.Execution;

/// <summary>Running generated scripts.</summary>
public static class SqlExecutorExtensions
{
    /// <summary>
    /// Runs the statements of a generated <see cref="DdlScript"/> in order; the failure index refers to
    /// <see cref="DdlScript.Statements"/>.
    /// </summary>
    public static Task<ExecutionResult> ExecuteAsync(this ISqlExecutor executor, DdlScript script, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(script);
        return executor.ExecuteAsync(script.Statements.Select(s => s.Sql).ToList(), cancellationToken);
    }
}
