namespace DesignStudio.Engines.Sandbox;

/// <summary>What a sandbox try-run did: where it ran, how many statements of each script ran, and the first failure.</summary>
/// <param name="Engine">Engine name.</param>
/// <param name="Mode">Rolled-back transaction or dropped scratch database.</param>
/// <param name="Explanation">Why this mode was used, in a sentence for the user.</param>
/// <param name="Location">Where it ran: the configured database or the scratch database's name (no credentials).</param>
/// <param name="SetupStatements">Statements of the old version's DDL that ran.</param>
/// <param name="UpStatements">Statements of the up script that ran.</param>
/// <param name="DownStatements">Statements of the down script that ran.</param>
/// <param name="Failure">The first failure, or null when everything ran.</param>
/// <param name="Elapsed">Wall-clock time.</param>
public sealed record SandboxReport(string Engine, SandboxMode Mode, string Explanation, string Location, int SetupStatements, int UpStatements,
    int DownStatements, SandboxFailure? Failure, TimeSpan Elapsed)
{
    /// <summary>Whether up and then down ran without an error.</summary>
    public bool Succeeded => Failure is null;
}
