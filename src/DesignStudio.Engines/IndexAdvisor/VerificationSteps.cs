namespace DesignStudio.Engines.IndexAdvisor;

/// <summary>The progress messages the verifiers report.</summary>
public static class VerificationSteps
{
    /// <summary>Prefix of the first message, followed by the scratch database's name (SQLite: its file).</summary>
    public const string CreatedPrefix = "Created scratch database ";

    /// <summary>Planning the workload before and after the candidates.</summary>
    public const string Planning = "Planning the workload before and after the candidates";

    /// <summary>The scratch database was created.</summary>
    public static string Created(string name) => CreatedPrefix + name;

    /// <summary>Synthetic rows are being inserted into a table.</summary>
    public static string Filling(string table) => "Filling " + table + " with synthetic rows";
}
