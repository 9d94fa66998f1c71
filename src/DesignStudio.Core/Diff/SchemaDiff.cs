using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Diff;

/// <summary>The changes that turn one design version into another, in discovery order (the planner orders them).</summary>
public sealed record SchemaDiff(IReadOnlyList<SchemaChange> Changes, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the two versions have the same schema.</summary>
    public bool IsEmpty => Changes.Count == 0;

    /// <summary>The diff that undoes this one.</summary>
    public SchemaDiff Inverse() => new(Changes.Select(c => c.Inverse()).ToList(), Diagnostics);
}
