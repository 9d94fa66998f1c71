using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using Npgsql;

namespace DesignStudio.Engines.Introspection;

/// <summary>Turns rows of the constraint and index queries into keys, checks, foreign keys and indexes.</summary>
internal sealed class PostgreSqlConstraintRows(CatalogDraft draft)
{
    /// <summary>Non-default operator classes by oid.</summary>
    public Dictionary<long, string> OperatorClasses { get; } = [];

    public void Add(NpgsqlDataReader row)
    {
        if (draft.FindTable(row.GetInt64(0)) is not { } table) return;
        var name = row.GetString(1);
        var kind = row.GetString(2);
        var path = table.Path + "/constraints/" + name;
        var keys = row.IsDBNull(3) ? [] : row.GetFieldValue<int[]>(3);
        var columns = table.ColumnIds(keys);
        switch (kind)
        {
            case "p" when columns is { } ids:
                table.PrimaryKey = new PrimaryKey { Id = CatalogIds.PrimaryKey(table.Schema, table.Name), Name = name, ColumnIds = ids };
                break;
            case "u" when columns is { } ids:
                table.Uniques.Add(new UniqueConstraint { Id = CatalogIds.Member("uq", table.Schema, table.Name, name), Name = name, ColumnIds = ids });
                break;
            case "c":
                table.Checks.Add(new CheckConstraint
                {
                    Id = CatalogIds.Member("ck", table.Schema, table.Name, name),
                    Name = name,
                    Expression = CheckExpression(row.GetString(8)),
                });
                break;
            case "f" when columns is { } ids:
                AddForeignKey(row, table, name, ids, path);
                break;
            case "x":
                var sql = $"ALTER TABLE {Quote(table.Schema)}{Quote(table.Name, false)} ADD CONSTRAINT {Quote(name, false)} {row.GetString(8)};";
                draft.AddVerbatim("exclusion constraint", table.Schema, table.Name + "." + name, DialectNames.PostgreSql, sql);
                draft.Report(CatalogDiagnosticCodes.KeptVerbatim, Severity.Info, path, "Exclusion constraint kept verbatim: the model has no exclusion constraints.");
                break;
            default:
                draft.Report(CatalogDiagnosticCodes.ReferenceSkipped, Severity.Warning, path, "Constraint over a system column skipped.");
                break;
        }
    }

    public void AddIndex(NpgsqlDataReader row)
    {
        if (draft.FindTable(row.GetInt64(0)) is not { } table) return;
        var name = row.GetString(1);
        var path = table.Path + "/indexes/" + name;
        var keyCount = row.GetInt32(4);
        var keys = row.GetFieldValue<int[]>(5);
        var options = row.GetFieldValue<int[]>(6);
        var definitions = row.GetFieldValue<string[]>(8);
        var opclasses = row.GetFieldValue<long[]>(9);
        var parts = new List<IndexPart>();
        var include = new List<string>();
        for (var k = 0; k < keys.Length; k++)
        {
            var columnId = keys[k] == 0 ? null : table.FindColumnId(keys[k]);
            if (keys[k] != 0 && columnId is null)
            {
                draft.Report(CatalogDiagnosticCodes.ReferenceSkipped, Severity.Warning, path, "Index over a system column skipped.");
                return;
            }
            if (k >= keyCount)
            {
                include.Add(columnId!);
                continue;
            }
            var descending = k < options.Length && (options[k] & 1) != 0;
            parts.Add(columnId is null
                ? new IndexPart { Expression = definitions[k], Descending = descending }
                : IndexPart.OfColumn(columnId, descending));
            if (k < opclasses.Length && OperatorClasses.TryGetValue(opclasses[k], out var opclass))
            {
                draft.Report(CatalogDiagnosticCodes.IndexApproximated, Severity.Info, path,
                    $"Operator class {opclass} on key part {k + 1} is not kept: the model has no operator classes.");
            }
        }
        var method = row.GetString(3) switch
        {
            "btree" => IndexMethod.BTree,
            "hash" => IndexMethod.Hash,
            "gin" => IndexMethod.Gin,
            "gist" => IndexMethod.Gist,
            "brin" => IndexMethod.Brin,
            var other => Approximate(other, path),
        };
        table.Indexes.Add(new Core.Model.Index
        {
            Id = CatalogIds.Member("ix", table.Schema, table.Name, name),
            Name = name,
            Unique = row.GetBoolean(2),
            Method = method,
            Parts = parts.ToValueList(),
            IncludeColumnIds = include.ToValueList(),
            Where = PostgreSqlCatalogReader.NullableString(row, 7),
        });
    }

    private void AddForeignKey(NpgsqlDataReader row, TableDraft table, string name, ValueList<string> ids, string path)
    {
        var target = draft.FindTable(row.GetInt64(4));
        var targetIds = target?.ColumnIds(row.GetFieldValue<int[]>(5));
        if (target is null || targetIds is null)
        {
            draft.Report(CatalogDiagnosticCodes.ReferenceSkipped, Severity.Warning, path,
                "Foreign key skipped: it references a table outside the schemas read.");
            return;
        }
        table.ForeignKeys.Add(new ForeignKey
        {
            Id = CatalogIds.Member("fk", table.Schema, table.Name, name),
            Name = name,
            ColumnIds = ids,
            TargetTableId = target.Id,
            TargetColumnIds = targetIds.Value,
            OnUpdate = Action(row.GetString(6)),
            OnDelete = Action(row.GetString(7)),
        });
    }

    private IndexMethod Approximate(string method, string path)
    {
        var closest = method == "spgist" ? IndexMethod.Gist : IndexMethod.BTree;
        draft.Report(CatalogDiagnosticCodes.IndexApproximated, Severity.Warning, path,
            $"Index method {method} has no counterpart in the model: read as {closest}.");
        return closest;
    }

    // NO ACTION is the engine default: recorded as "no decision" (null), like DDL that does not mention it.
    private static ReferentialAction? Action(string code) => code switch
    {
        "r" => ReferentialAction.Restrict,
        "c" => ReferentialAction.Cascade,
        "n" => ReferentialAction.SetNull,
        "d" => ReferentialAction.SetDefault,
        _ => null,
    };

    // "CHECK ((price > 0::numeric)) NOT VALID" → "price > 0::numeric".
    internal static string CheckExpression(string definition)
    {
        var text = definition.Trim();
        foreach (var suffix in new[] { " NOT VALID", " NO INHERIT" })
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal)) text = text[..^suffix.Length];
        }
        if (text.StartsWith("CHECK ", StringComparison.Ordinal)) text = text["CHECK ".Length..];
        return SqlText.StripOuterParentheses(text);
    }

    private static string Quote(string? schema) => schema is null ? "" : Quote(schema, false) + ".";

    private static string Quote(string name, bool _) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
