using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>Key-constraint rows of one MySQL constraint, in column order.</summary>
internal sealed record KeyRows(string Type, string? TargetSchema, string? TargetTable, string? UpdateRule, string? DeleteRule)
{
    public List<string> Columns { get; } = [];
    public List<string> TargetColumns { get; } = [];
}

/// <summary>STATISTICS rows of one MySQL index, in key order: column (or expression), prefix length, descending.</summary>
internal sealed record IndexRows(bool Unique, string IndexType)
{
    public List<(string? Column, int? Prefix, bool Descending, string? Expression)> Parts { get; } = [];
}

/// <summary>Builds primary keys, unique constraints, foreign keys and indexes from grouped MySQL rows.</summary>
internal sealed class MySqlKeyBuilder(CatalogDraft draft)
{
    public void AddKey(TableDraft table, string name, KeyRows rows)
    {
        var path = table.Path + "/constraints/" + name;
        if (table.ColumnIds(rows.Columns) is not { } ids)
        {
            draft.Report(CatalogDiagnosticCodes.ReferenceSkipped, Severity.Warning, path, "Constraint over unknown columns skipped.");
            return;
        }
        switch (rows.Type)
        {
            case "PRIMARY KEY":
                table.PrimaryKey = new PrimaryKey { Id = CatalogIds.PrimaryKey(table.Schema, table.Name), Name = name, ColumnIds = ids };
                break;
            case "UNIQUE":
                table.Uniques.Add(new UniqueConstraint { Id = CatalogIds.Member("uq", table.Schema, table.Name, name), Name = name, ColumnIds = ids });
                break;
            case "FOREIGN KEY":
                var target = rows.TargetTable is null ? null : draft.FindTable(rows.TargetSchema, rows.TargetTable);
                var targetIds = target?.ColumnIds(rows.TargetColumns);
                if (target is null || targetIds is null)
                {
                    draft.Report(CatalogDiagnosticCodes.ReferenceSkipped, Severity.Warning, path,
                        $"Foreign key skipped: it references {rows.TargetTable}, which is outside the databases read.");
                    return;
                }
                table.ForeignKeys.Add(new ForeignKey
                {
                    Id = CatalogIds.Member("fk", table.Schema, table.Name, name),
                    Name = name,
                    ColumnIds = ids,
                    TargetTableId = target.Id,
                    TargetColumnIds = targetIds.Value,
                    OnUpdate = Action(rows.UpdateRule),
                    OnDelete = Action(rows.DeleteRule),
                });
                break;
        }
    }

    public void AddIndex(TableDraft table, string name, IndexRows rows)
    {
        var parts = new List<IndexPart>();
        foreach (var (column, prefix, descending, expression) in rows.Parts)
        {
            if (column is null)
            {
                parts.Add(new IndexPart { Expression = expression, Descending = descending });
                continue;
            }
            if (table.FindColumnId(column) is not { } id)
            {
                draft.Report(CatalogDiagnosticCodes.ReferenceSkipped, Severity.Warning, table.Path + "/indexes/" + name, "Index over an unknown column skipped.");
                return;
            }
            parts.Add(new IndexPart { ColumnId = id, Descending = descending, PrefixLength = prefix });
        }
        table.Indexes.Add(new Core.Model.Index
        {
            Id = CatalogIds.Member("ix", table.Schema, table.Name, name),
            Name = name,
            Unique = rows.Unique,
            Method = rows.IndexType switch
            {
                "FULLTEXT" => IndexMethod.FullText,
                "SPATIAL" or "RTREE" => IndexMethod.Spatial,
                "HASH" => IndexMethod.Hash,
                _ => IndexMethod.BTree,
            },
            Parts = parts.ToValueList(),
        });
    }

    // RESTRICT and NO ACTION are the same in InnoDB and what MySQL/MariaDB record when DDL names no action:
    // read as "no decision" (null), like DDL that does not mention one.
    private static ReferentialAction? Action(string? rule) => rule switch
    {
        "CASCADE" => ReferentialAction.Cascade,
        "SET NULL" => ReferentialAction.SetNull,
        "SET DEFAULT" => ReferentialAction.SetDefault,
        _ => null,
    };
}
