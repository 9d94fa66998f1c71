using DesignStudio.Core.Analysis.NormalForms.Decompositions;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms.Apply;

/// <summary>
/// The SQL that moves a decomposed table's rows into its new tables, in one dialect. Run, in order:
/// <see cref="Prepare"/>, the CREATE TABLE statements of the new tables, <see cref="Inserts"/>, <see cref="Cleanup"/>
/// (<see cref="Compose"/> does that).
/// </summary>
/// <param name="Dialect">A name from <see cref="DialectNames"/>.</param>
/// <param name="Prepare">
/// When a new table takes the original's name (the 3NF plan names the part holding a key of the whole table after
/// it): copies the original's rows into a plain table <paramref name="SourceName"/> and drops the original, so that
/// neither its name nor the names of its constraints, indexes and sequences (which a rename would keep, e.g.
/// PostgreSQL's <c>pk_table</c>) block the new tables; empty otherwise.
/// </param>
/// <param name="Inserts">One <c>INSERT INTO new (...) SELECT DISTINCT ... FROM original</c> per new table, referenced tables first.</param>
/// <param name="Cleanup">Drops the original table (under its possibly temporary name).</param>
/// <param name="SourceName">The name the inserts read from.</param>
public sealed record DataMovingScript(
    string Dialect,
    IReadOnlyList<SqlStatement> Prepare,
    IReadOnlyList<SqlStatement> Inserts,
    IReadOnlyList<SqlStatement> Cleanup,
    string SourceName)
{
    /// <summary>The whole migration: prepare, <paramref name="createNewTables"/> (if given), inserts, cleanup.</summary>
    /// <param name="createNewTables">DDL creating the new tables, e.g. from <see cref="ISqlDialect.GenerateDdl"/>.</param>
    public DdlScript Compose(DdlScript? createNewTables = null) => new(
        Dialect,
        [.. Prepare, .. createNewTables?.Statements ?? [], .. Inserts, .. Cleanup],
        createNewTables?.Diagnostics ?? []);

    /// <summary>The statements without the CREATE TABLE part, as text in the dialect's script form.</summary>
    public string ToText() => Compose().ToText();

    internal static DataMovingScript Build(ISqlDialect dialect, Table original, DecompositionPlan plan, IReadOnlyList<Table> newTables)
    {
        var takesName = newTables.Any(t => t.Schema == original.Schema && string.Equals(t.Name, original.Name, StringComparison.OrdinalIgnoreCase));
        var sourceName = original.Name;
        var prepare = new List<SqlStatement>();
        if (takesName)
        {
            sourceName = original.Name + "_nf_old";
            for (var k = 2; newTables.Any(t => string.Equals(t.Name, sourceName, StringComparison.OrdinalIgnoreCase)); k++)
                sourceName = original.Name + "_nf_old" + k;
        }

        var source = Qualified(dialect, original.Schema, sourceName);
        if (takesName)
        {
            var from = Qualified(dialect, original.Schema, original.Name);
            var copy = dialect.Name == DialectNames.SqlServer
                ? $"SELECT * INTO {source} FROM {from}"
                : $"CREATE TABLE {source} AS SELECT * FROM {from}";
            prepare.Add(new SqlStatement(copy, $"Copy the rows of {original.Name} aside: a new table takes its name."));
            prepare.Add(new SqlStatement($"DROP TABLE {from}", $"Free the name {original.Name} and its constraint names for the new table."));
        }
        var inserts = new List<SqlStatement>();
        foreach (var planned in plan.Tables)
        {
            var target = newTables.First(t => t.Id == planned.Table.Id);
            var back = planned.ColumnMap.ToDictionary(p => p.Value, p => p.Key);
            var columns = target.Columns.Select(c => (Target: c, Source: original.GetColumn(back[c.Id]))).ToList();
            var keyIds = target.PrimaryKey?.ColumnIds ?? [];
            var filter = columns.Where(c => keyIds.Contains(c.Target.Id) && c.Source.Nullable)
                .Select(c => dialect.QuoteIdentifier(c.Source.Name) + " IS NOT NULL").ToList();
            var sql = $"INSERT INTO {Qualified(dialect, target.Schema, target.Name)} "
                + $"({string.Join(", ", columns.Select(c => dialect.QuoteIdentifier(c.Target.Name)))})\n"
                + $"SELECT DISTINCT {string.Join(", ", columns.Select(c => dialect.QuoteIdentifier(c.Source.Name)))}\n"
                + $"FROM {source}" + (filter.Count > 0 ? "\nWHERE " + string.Join(" AND ", filter) : "");
            inserts.Add(new SqlStatement(sql, $"Fill {target.Name} from {original.Name}."));
        }

        var cleanup = new List<SqlStatement> { new($"DROP TABLE {source}", $"The data of {original.Name} now lives in the new tables.") };
        return new DataMovingScript(dialect.Name, prepare, inserts, cleanup, sourceName);
    }

    private static string Qualified(ISqlDialect dialect, string? schema, string name) =>
        schema is null ? dialect.QuoteIdentifier(name) : dialect.QuoteIdentifier(schema) + "." + dialect.QuoteIdentifier(name);
}
