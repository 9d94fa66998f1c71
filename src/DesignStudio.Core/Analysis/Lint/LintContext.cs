using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>What a rule sees: the design, the options, and shared lookups built once per run.</summary>
public sealed class LintContext
{
    private readonly Dictionary<string, Table> tablesById;
    private HashSet<string>? tableNames;

    /// <summary>Creates a context for one lint run.</summary>
    public LintContext(Design design, LintOptions options)
    {
        Design = design;
        Options = options;
        tablesById = new Dictionary<string, Table>(design.Tables.Count, StringComparer.Ordinal);
        foreach (var t in design.Tables) tablesById.TryAdd(t.Id, t);
    }

    /// <summary>The design being linted.</summary>
    public Design Design { get; }

    /// <summary>The options of this run.</summary>
    public LintOptions Options { get; }

    /// <summary>The target dialect, or null for a portable design.</summary>
    public string? Dialect => Options.Dialect;

    /// <summary>Whether the target is MySQL or MariaDB.</summary>
    public bool TargetsMySqlFamily => Dialect is DialectNames.MySql or DialectNames.MariaDb;

    /// <summary>The names of all tables (case-insensitive), for rename clash checks.</summary>
    public IReadOnlySet<string> TableNames => tableNames ??= Design.Tables.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a table by id in constant time.</summary>
    public Table? FindTable(string tableId) => tablesById.GetValueOrDefault(tableId);
}
