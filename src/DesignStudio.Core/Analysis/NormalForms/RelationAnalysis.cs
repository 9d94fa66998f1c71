namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>Everything the dependency theory says about one relation.</summary>
public sealed record RelationAnalysis
{
    /// <summary>The relation analysed.</summary>
    public required RelationSchema Relation { get; init; }

    /// <summary>Minimal cover (single-attribute right-hand sides).</summary>
    public required IReadOnlyList<Dependency> MinimalCover { get; init; }

    /// <summary>Canonical cover (minimal cover merged by left-hand side).</summary>
    public required IReadOnlyList<Dependency> CanonicalCover { get; init; }

    /// <summary>Candidate keys, possibly incomplete (see <see cref="CandidateKeyResult.Complete"/>).</summary>
    public required CandidateKeyResult Keys { get; init; }

    /// <summary>Attributes that belong to some candidate key.</summary>
    public required AttributeSet PrimeAttributes { get; init; }

    /// <summary>The highest normal form met by the dependencies (1NF at least: values are assumed atomic here).</summary>
    public required NormalForm NormalForm { get; init; }

    /// <summary>Dependencies that break 2NF, 3NF or BCNF, lowest form first.</summary>
    public required IReadOnlyList<NormalFormViolation> Violations { get; init; }

    /// <summary>Caveats, e.g. that the key list was cut short so 2NF/3NF verdicts rest on the keys found.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
