namespace DesignStudio.Engines.Sandbox;

/// <summary>The first statement that failed in a sandbox try-run.</summary>
/// <param name="Phase">Which script it belongs to.</param>
/// <param name="StatementIndex">0-based position in that script's statements; -1 when connecting or preparing failed.</param>
/// <param name="Line">1-based line in that script's text (the up/down text as shown and downloaded); 0 when not a statement.</param>
/// <param name="Sql">The statement (null when not a statement).</param>
/// <param name="Message">The engine's error (connection passwords removed).</param>
/// <param name="SqlState">The SQLSTATE or engine error code, if any.</param>
public sealed record SandboxFailure(SandboxPhase Phase, int StatementIndex, int Line, string? Sql, string Message, string? SqlState)
{
    /// <inheritdoc />
    public override string ToString() => StatementIndex < 0
        ? $"{Phase}: {Message}"
        : $"{Phase} script, statement {StatementIndex + 1} (line {Line}){(SqlState is null ? "" : $" [{SqlState}]")}: {Message}";
}
