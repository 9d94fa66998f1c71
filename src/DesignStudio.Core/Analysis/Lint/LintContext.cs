using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>What a rule sees: the design, the options, and shared lookups built once per run.</summary>
public sealed class LintContext
{
    private readonly Dictionary<string, Table> tablesById;
    private HashSet<string>? tableNames;
    private readonly Dictionary<string, IReadOnlyList<string>> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> wordKeys = new(StringComparer.Ordinal);

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

    /// <summary>
    /// The lower-case words of a name (<see cref="Naming.IdentifierWords.Split"/>), cached for the run: the same column
    /// names recur in most tables and several rules read them.
    /// </summary>
    public IReadOnlyList<string> Words(string name)
    {
        if (!words.TryGetValue(name, out var w))
        {
            w = Naming.IdentifierWords.Split(name);
            words[name] = w;
        }
        return w;
    }

    /// <summary>The words of a name joined by single spaces (<c>OrderItemId</c> → <c>order item id</c>), cached.</summary>
    public string WordKey(string name)
    {
        if (!wordKeys.TryGetValue(name, out var k))
        {
            k = string.Join(' ', Words(name));
            wordKeys[name] = k;
        }
        return k;
    }

    /// <summary>Finds a table by id in constant time.</summary>
    public Table? FindTable(string tableId) => tablesById.GetValueOrDefault(tableId);
}
