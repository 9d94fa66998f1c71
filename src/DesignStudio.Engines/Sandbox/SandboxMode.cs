namespace DesignStudio.Engines.Sandbox;

/// <summary>How the sandbox keeps the configured database unchanged.</summary>
public enum SandboxMode
{
    /// <summary>Everything ran inside one transaction on the configured database, rolled back at the end (PostgreSQL).</summary>
    RolledBackTransaction,

    /// <summary>Everything ran on a new scratch database (or SQLite file) that was dropped at the end.</summary>
    ScratchDatabase,
}
