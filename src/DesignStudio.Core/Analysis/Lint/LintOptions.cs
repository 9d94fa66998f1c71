using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>What a lint run checks and how.</summary>
public sealed record LintOptions
{
    /// <summary>Default options: no target dialect, default naming conventions, every rule enabled.</summary>
    public static LintOptions Default { get; } = new();

    /// <summary>
    /// The dialect the design is deployed to (<see cref="Dialects.DialectNames"/>), or null for a portable design;
    /// dialect-specific rules run only when it is set to one of their dialects.
    /// </summary>
    public string? Dialect { get; init; }

    /// <summary>Naming conventions for the naming rules.</summary>
    public NamingConventions Naming { get; init; } = NamingConventions.Default;

    /// <summary>Codes of rules that do not run (case-insensitive).</summary>
    public IReadOnlySet<string> DisabledRules { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Findings below this severity are dropped.</summary>
    public Severity MinimumSeverity { get; init; } = Severity.Info;

    /// <summary>An index with more key columns than this is reported as very wide.</summary>
    public int WideIndexMaxColumns { get; init; } = 5;

    /// <summary>
    /// An index whose estimated key width exceeds this many bytes is reported as very wide (900 is SQL Server's
    /// clustered-key limit and the lowest of the supported engines).
    /// </summary>
    public int WideIndexMaxBytes { get; init; } = 900;

    /// <summary>A table with at least this many foreign keys and no index beyond its primary key is reported.</summary>
    public int ManyForeignKeysThreshold { get; init; } = 3;
}
