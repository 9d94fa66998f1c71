namespace DesignStudio.Core.Analysis.Lint;

/// <summary>Whether table names are singular (<c>user</c>) or plural (<c>users</c>).</summary>
public enum TableNameNumber
{
    /// <summary>Whatever most table names of the design use (no check on a tie).</summary>
    Inferred,
    /// <summary>Singular names.</summary>
    Singular,
    /// <summary>Plural names.</summary>
    Plural,
    /// <summary>No check.</summary>
    Any,
}
