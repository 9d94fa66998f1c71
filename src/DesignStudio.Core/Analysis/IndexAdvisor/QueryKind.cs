namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>The statement kind of a workload query.</summary>
public enum QueryKind
{
    /// <summary>SELECT.</summary>
    Select,
    /// <summary>UPDATE.</summary>
    Update,
    /// <summary>DELETE.</summary>
    Delete,
}
