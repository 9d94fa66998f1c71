using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation;

/// <summary>What every rule needs: the design, the dialect's identifier rules (null: no dialect), lookups and the findings.</summary>
internal sealed class ValidationContext
{
    private readonly Dictionary<string, Table> tablesById = new(StringComparer.Ordinal);

    public ValidationContext(Design design, DialectIdentifierRules? rules)
    {
        Design = design;
        Rules = rules;
        foreach (var t in design.Tables) tablesById.TryAdd(t.Id, t);
    }

    public Design Design { get; }

    /// <summary>Identifier rules of the chosen dialect; null when validating without a dialect.</summary>
    public DialectIdentifierRules? Rules { get; }

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The first table with <paramref name="id"/>, if any.</summary>
    public Table? Table(string id) => tablesById.GetValueOrDefault(id);

    public void Error(string code, string path, string message) => Diagnostics.Add(new Diagnostic(code, Severity.Error, path, message));

    public void Warning(string code, string path, string message) => Diagnostics.Add(new Diagnostic(code, Severity.Warning, path, message));

    public void Report(string code, Severity severity, string path, string message) => Diagnostics.Add(new Diagnostic(code, severity, path, message));

    /// <summary>"for postgres" when a dialect is chosen, for messages.</summary>
    public string ForDialect => Rules is null ? "" : " for " + Rules.Dialect;
}
