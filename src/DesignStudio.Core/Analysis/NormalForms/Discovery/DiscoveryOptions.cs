namespace DesignStudio.Core.Analysis.NormalForms.Discovery;

/// <summary>Settings for dependency discovery.</summary>
/// <param name="MaxError">Largest g3 error accepted (fraction of rows to delete for the dependency to hold); 0 finds exact dependencies only.</param>
/// <param name="MaxDeterminantSize">Largest left-hand side searched (the lattice level); null for no limit.</param>
public sealed record DiscoveryOptions(double MaxError = 0, int? MaxDeterminantSize = null)
{
    /// <summary>Exact dependencies, any left-hand side size.</summary>
    public static DiscoveryOptions Exact { get; } = new();
}
