namespace DesignStudio.Core.Model;

/// <summary>
/// A whole schema design: the single source of truth that the canvas, DDL, analysis and exports project.
/// Every object carries a stable <c>Id</c> that survives renames; references between objects use ids, never names.
/// </summary>
public sealed record Design
{
    /// <summary>Version of the design file format this model corresponds to.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Human-readable design name.</summary>
    public string Name { get; init; } = "Untitled";

    /// <summary>Free-text description.</summary>
    public string? Comment { get; init; }

    /// <summary>Tables in display order.</summary>
    public ValueList<Table> Tables { get; init; } = [];

    /// <summary>Enumerated types referenced by columns of kind <see cref="TypeKind.Enum"/>.</summary>
    public ValueList<EnumType> Enums { get; init; } = [];

    /// <summary>Coloured subject areas on the canvas.</summary>
    public ValueList<SubjectArea> Areas { get; init; } = [];

    /// <summary>Sticky notes on the canvas.</summary>
    public ValueList<StickyNote> Notes { get; init; } = [];

    /// <summary>Objects the model does not hold structurally (views, functions, triggers ...), kept verbatim.</summary>
    public ValueList<VerbatimObject> Verbatim { get; init; } = [];

    /// <summary>Lint findings the designers decided to silence, each for one object with a reason.</summary>
    public ValueList<LintSuppression> LintSuppressions { get; init; } = [];

    /// <summary>The queries the application runs, with relative frequencies (index advisor input).</summary>
    public ValueList<WorkloadEntry> Workload { get; init; } = [];

    /// <summary>The naming conventions the lint checks for this design, or null for the defaults.</summary>
    public Analysis.Lint.NamingConventions? NamingConventions { get; init; }

    /// <summary>Finds a table by id.</summary>
    public Table? FindTable(string tableId)
    {
        foreach (var t in Tables)
        {
            if (t.Id == tableId) return t;
        }
        return null;
    }

    /// <summary>Finds a table by id or throws (for callers that already validated the reference).</summary>
    public Table GetTable(string tableId) =>
        FindTable(tableId) ?? throw new KeyNotFoundException($"No table with id '{tableId}'.");

    /// <summary>Finds an enum by id.</summary>
    public EnumType? FindEnum(string enumId)
    {
        foreach (var e in Enums)
        {
            if (e.Id == enumId) return e;
        }
        return null;
    }
}
