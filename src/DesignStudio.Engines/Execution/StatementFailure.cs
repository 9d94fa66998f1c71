namespace DesignStudio.Engines.Execution;

/// <summary>The first statement of a script that failed.</summary>
/// <param name="Index">0-based position of the statement in the script; -1 when connecting failed.</param>
/// <param name="Sql">The statement text (null when connecting failed).</param>
/// <param name="Message">The engine's error message (connection passwords removed).</param>
/// <param name="SqlState">The SQLSTATE or engine error code, when the engine gives one.</param>
/// <param name="TimedOut">Whether the statement or script ran out of time.</param>
public sealed record StatementFailure(int Index, string? Sql, string Message, string? SqlState = null, bool TimedOut = false)
{
    /// <inheritdoc />
    public override string ToString() =>
        Index < 0 ? $"connecting failed: {Message}" : $"statement {Index + 1} failed{(SqlState is null ? "" : $" [{SqlState}]")}: {Message}";
}
