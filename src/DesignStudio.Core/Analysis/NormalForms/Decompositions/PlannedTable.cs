using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms.Decompositions;

/// <summary>One new table of a <see cref="DecompositionPlan"/>.</summary>
/// <param name="Table">The table: columns copied from the original (new ids), the part's key as primary key, foreign keys to the other new tables.</param>
/// <param name="ColumnMap">Original column id → new column id.</param>
/// <param name="InsertSql">Data-moving statement: <c>INSERT INTO new (cols) SELECT DISTINCT cols FROM original</c>, identifiers in ANSI double quotes.</param>
public sealed record PlannedTable(Table Table, IReadOnlyDictionary<string, string> ColumnMap, string InsertSql);
