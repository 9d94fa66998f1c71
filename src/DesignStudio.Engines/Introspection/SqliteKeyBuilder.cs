using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>Builds SQLite unique constraints, checks, foreign keys and indexes, naming them from the CREATE text.</summary>
internal sealed class SqliteKeyBuilder(
    CatalogDraft draft, Dictionary<string, TableDraft> tables, Dictionary<string, SqliteTableDefinition> definitions)
{
    private readonly HashSet<string> checked_ = new(StringComparer.OrdinalIgnoreCase);

    public void AddForeignKey(string tableName, string target, List<string> from, List<string?> to, string onUpdate, string onDelete)
    {
        var table = tables[tableName];
        var path = table.Path + "/foreignKeys/" + string.Join(",", from) + "->" + target;
        if (!tables.TryGetValue(target, out var targetTable) || table.ColumnIds(from) is not { } ids)
        {
            draft.Report(CatalogDiagnosticCodes.ReferenceSkipped, Severity.Warning, path, $"Foreign key skipped: table {target} does not exist.");
            return;
        }
        // REFERENCES t without a column list means t's primary key.
        var targetIds = to.All(c => c is null)
            ? targetTable.PrimaryKey?.ColumnIds
            : targetTable.ColumnIds(to.Select(c => c ?? ""));
        if (targetIds is null || targetIds.Value.Count != ids.Count)
        {
            draft.Report(CatalogDiagnosticCodes.ReferenceSkipped, Severity.Warning, path, $"Foreign key skipped: its columns do not exist in {target}.");
            return;
        }
        var name = definitions[tableName].ForeignKeys
            .FirstOrDefault(f => f.Target.Equals(target, StringComparison.OrdinalIgnoreCase) && f.Columns.SequenceEqual(from, StringComparer.OrdinalIgnoreCase)).Name;
        table.ForeignKeys.Add(new ForeignKey
        {
            Id = CatalogIds.Member("fk", null, table.Name, name ?? string.Join(",", from) + "->" + targetTable.Name),
            Name = name,
            ColumnIds = ids,
            TargetTableId = targetTable.Id,
            TargetColumnIds = targetIds.Value,
            OnUpdate = Action(onUpdate),
            OnDelete = Action(onDelete),
        });
    }

    public void AddUnique(TableDraft table, List<string> columns)
    {
        if (table.ColumnIds(columns) is not { } ids) return;
        var name = definitions[table.Name].Uniques
            .FirstOrDefault(u => u.Columns.SequenceEqual(columns, StringComparer.OrdinalIgnoreCase)).Name;
        table.Uniques.Add(new UniqueConstraint
        {
            Id = CatalogIds.Member("uq", null, table.Name, name ?? string.Join(",", columns)),
            Name = name,
            ColumnIds = ids,
        });
    }

    public void AddIndex(TableDraft table, string name, bool unique, bool partial, string? sql,
        List<(long Cid, string? Column, bool Descending)> rows)
    {
        var definition = sql is null ? null : SqliteIndexDefinition.Parse(sql);
        var parts = new List<IndexPart>();
        for (var k = 0; k < rows.Count; k++)
        {
            var (cid, column, descending) = rows[k];
            if (cid >= 0 && column is not null && table.FindColumnId(column) is { } id) parts.Add(IndexPart.OfColumn(id, descending));
            else if (definition is not null && k < definition.Parts.Count) parts.Add(new IndexPart { Expression = definition.Parts[k], Descending = descending });
            else
            {
                draft.Report(CatalogDiagnosticCodes.ReferenceSkipped, Severity.Warning, table.Path + "/indexes/" + name, "Index with an unreadable key part skipped.");
                return;
            }
        }
        table.Indexes.Add(new Core.Model.Index
        {
            Id = CatalogIds.Member("ix", null, table.Name, name),
            Name = name,
            Unique = unique,
            Parts = parts.ToValueList(),
            Where = partial ? definition?.Where : null,
        });
    }

    /// <summary>Adds every table's CHECK constraints (pragmas do not list them) once.</summary>
    public void AddAllChecks()
    {
        foreach (var table in tables.Values) AddChecks(table);
    }

    private void AddChecks(TableDraft table)
    {
        if (!checked_.Add(table.Name)) return;
        var n = 0;
        foreach (var (name, expression) in definitions[table.Name].Checks)
        {
            n++;
            table.Checks.Add(new CheckConstraint
            {
                Id = CatalogIds.Member("ck", null, table.Name, name ?? "#" + n),
                Name = name,
                Expression = expression,
            });
        }
    }

    // NO ACTION is SQLite's default: read as "no decision" (null), like DDL that does not mention it.
    private static ReferentialAction? Action(string rule) => rule.ToUpperInvariant() switch
    {
        "RESTRICT" => ReferentialAction.Restrict,
        "CASCADE" => ReferentialAction.Cascade,
        "SET NULL" => ReferentialAction.SetNull,
        "SET DEFAULT" => ReferentialAction.SetDefault,
        _ => null,
    };
}
