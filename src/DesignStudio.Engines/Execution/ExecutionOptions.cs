namespace DesignStudio.Engines.Execution;

/// <summary>How an <see cref="ISqlExecutor"/> runs a script.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The defaults: 30 s per statement, 5 min overall, no transaction.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>Longest time one statement may run.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest time the whole script may run (connecting included).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs the statements in one transaction, committed only when all succeed. Only PostgreSQL, SQLite and SQL Server
    /// roll DDL back; MySQL/MariaDB commit each DDL statement implicitly whatever this says.
    /// </summary>
    public bool InTransaction { get; init; }
}
