namespace DesignStudio.Core.Diff;

/// <summary>
/// One change between two versions of a design: a small From/To record of a closed set (see the derived records).
/// Every change has an inverse, which is what the down script is planned from.
/// </summary>
public abstract record SchemaChange
{
    /// <summary>The change that undoes this one.</summary>
    public abstract SchemaChange Inverse();

    /// <summary>True when applying the change can lose stored data (dropping, narrowing, forcing NOT NULL).</summary>
    public virtual bool IsLossy => false;

    /// <summary>A one-line human description, used in script comments and diagnostics.</summary>
    public abstract string Describe();
}
