using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects;

/// <summary>
/// The order in which tables are created, and the foreign keys that must be added after all tables exist because
/// they close a cycle.
/// </summary>
/// <param name="Tables">Tables so that every referenced table precedes its referencing tables (cycles aside).</param>
/// <param name="DeferredForeignKeyIds">Ids of the foreign keys inside a cycle (empty when cycles are not deferred).</param>
public sealed record TableOrder(IReadOnlyList<Table> Tables, IReadOnlySet<string> DeferredForeignKeyIds)
{
    /// <summary>Whether <paramref name="foreignKey"/> is added by ALTER TABLE after the tables.</summary>
    public bool IsDeferred(ForeignKey foreignKey) => DeferredForeignKeyIds.Contains(foreignKey.Id);
}
