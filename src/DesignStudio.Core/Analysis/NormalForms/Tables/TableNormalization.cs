using DesignStudio.Core.Analysis.NormalForms.Decompositions;
using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Analysis.NormalForms.Tables;

/// <summary>The normal-form analysis of one table: what the badge, the table panel and the report show.</summary>
public sealed record TableNormalization
{
    /// <summary>The table's id.</summary>
    public required string TableId { get; init; }

    /// <summary>The table as a relation (attribute positions ↔ column ids).</summary>
    public required TableRelation Relation { get; init; }

    /// <summary>Keys, covers and dependency violations.</summary>
    public required RelationAnalysis Analysis { get; init; }

    /// <summary>First-normal-form findings.</summary>
    public required IReadOnlyList<FirstNormalFormFinding> FirstNormalFormFindings { get; init; }

    /// <summary>Suggested dependencies from copied columns, to accept or dismiss (dismissed ones are left out).</summary>
    public required IReadOnlyList<DependencyHint> Hints { get; init; }

    /// <summary>3NF synthesis, when the table is below 3NF; otherwise null.</summary>
    public Decomposition? ThirdNormalFormProposal { get; init; }

    /// <summary>BCNF decomposition, when the table is below BCNF; otherwise null.</summary>
    public Decomposition? BcnfProposal { get; init; }

    /// <summary>Problems reading the table's declared dependencies.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>
    /// The badge: <see cref="NormalForm.Unnormalized"/> when a strong 1NF finding exists, else the form met by the
    /// dependencies (declared, key-implied — hints count only once accepted).
    /// </summary>
    public NormalForm NormalForm => FirstNormalFormFindings.Any(f => f.BreaksFirstNormalForm) ? NormalForm.Unnormalized : Analysis.NormalForm;
}
