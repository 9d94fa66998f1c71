namespace DesignStudio.Engines.Sandbox;

/// <summary>The parts of a sandbox try-run, in the order they run.</summary>
public enum SandboxPhase
{
    /// <summary>Checking that there are scripts to run.</summary>
    Plan,

    /// <summary>Creating the old version's schema (its DDL) for the scripts to start from.</summary>
    Setup,

    /// <summary>The up script.</summary>
    Up,

    /// <summary>The down script.</summary>
    Down,
}
