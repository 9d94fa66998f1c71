using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using Microsoft.Data.SqlClient;

namespace DesignStudio.Engines.Introspection;

/// <summary>Turns rows of the sys.* queries into the drafted design; multi-row objects are grouped by (table, name).</summary>
internal sealed class SqlServerCatalogRows(CatalogDraft draft, Func<string, string?> schemaOf)
{
    private readonly Dictionary<(long Table, string Name), (string Type, List<int> Columns)> keys = [];
    private readonly Dictionary<(long Table, string Name), (long Target, int OnUpdate, int OnDelete, List<int> From, List<int> To)> foreignKeys = [];
    private readonly Dictionary<(long Table, string Name), (bool Unique, string Type, string? Filter, List<(bool Included, bool Descending, int Column)> Parts)> indexes = [];

    public void AddTable(SqlDataReader row)
    {
        var table = draft.AddTable(schemaOf(row.GetString(1)), row.GetString(2), row.GetInt32(0));
        table.RowEstimate = row.IsDBNull(3) ? null : row.GetInt64(3);
        table.Comment = row.IsDBNull(4) ? null : row.GetString(4);
    }

    public void AddColumn(SqlDataReader row)
    {
        if (draft.FindTable(row.GetInt32(0)) is not { } table) return;
        var name = row.GetString(2);
        var path = table.Path + "/columns/" + name;
        var userType = row.GetString(3);
        var systemType = row.IsDBNull(4) ? userType : row.GetString(4);
        var (maxLength, precision, scale) = (row.GetInt16(6), row.GetByte(7), row.GetByte(8));
        var mapping = SqlServerTypeMapper.Map(systemType, maxLength, precision, scale);
        if (row.GetBoolean(5)) mapping = mapping with { Exact = false };
        ValueList<NativeTypeOverride> overrides = [];
        if (!mapping.Exact)
        {
            var native = row.GetBoolean(5) ? userType : SqlServerTypeMapper.Format(systemType, maxLength, precision, scale);
            overrides = [new NativeTypeOverride(DialectNames.SqlServer, native)];
            draft.Report(CatalogDiagnosticCodes.TypeApproximated, Severity.Info, path,
                $"Type {native} has no exact logical type: read as {mapping.Type} with the native type kept as a SQL Server override.");
        }
        var computed = row.GetBoolean(11);
        if (computed)
        {
            draft.Report(CatalogDiagnosticCodes.GeneratedColumnApproximated, Severity.Warning, path,
                $"Computed column (AS {(row.IsDBNull(13) ? "" : row.GetString(13))}) read as a plain column: the model has no generated columns.");
        }
        var identity = row.GetBoolean(10) ? IdentityKind.ByDefault : IdentityKind.None;
        table.AddColumn(new Column
        {
            Id = table.ColumnIdFor(name),
            Name = name,
            Type = mapping.Type,
            Nullable = row.GetBoolean(9),
            Default = computed ? null : SqlServerDefaultParser.Parse(row.IsDBNull(12) ? null : row.GetString(12), mapping.Type),
            Identity = identity,
            Comment = row.IsDBNull(14) ? null : row.GetString(14),
            NativeTypes = overrides,
        }, row.GetInt32(1));
    }

    public void AddKey(SqlDataReader row)
    {
        var key = ((long)row.GetInt32(0), row.GetString(1));
        if (!keys.TryGetValue(key, out var entry)) keys[key] = entry = (row.GetString(2).Trim(), []);
        entry.Columns.Add(row.GetInt32(3));
    }

    public void AddForeignKey(SqlDataReader row)
    {
        var key = ((long)row.GetInt32(0), row.GetString(1));
        if (!foreignKeys.TryGetValue(key, out var entry)) foreignKeys[key] = entry = (row.GetInt32(2), row.GetByte(3), row.GetByte(4), [], []);
        entry.From.Add(row.GetInt32(5));
        entry.To.Add(row.GetInt32(6));
    }

    public void AddCheck(SqlDataReader row)
    {
        if (draft.FindTable(row.GetInt32(0)) is not { } table) return;
        var name = row.GetString(1);
        table.Checks.Add(new CheckConstraint
        {
            Id = CatalogIds.Member("ck", table.Schema, table.Name, name),
            Name = name,
            Expression = SqlText.StripOuterParentheses(row.GetString(2)),
        });
    }

    public void AddIndex(SqlDataReader row)
    {
        var key = ((long)row.GetInt32(0), row.GetString(1));
        if (!indexes.TryGetValue(key, out var entry))
        {
            indexes[key] = entry = (row.GetBoolean(2), row.GetString(3), row.IsDBNull(4) ? null : SqlText.StripOuterParentheses(row.GetString(4)), []);
        }
        entry.Parts.Add((row.GetBoolean(5), row.GetBoolean(6), row.GetInt32(7)));
    }

    public void AddVerbatim(SqlDataReader row)
    {
        var kind = row.GetString(0) switch
        {
            "VIEW" => "view",
            "SQL_STORED_PROCEDURE" => "procedure",
            "SQL_TRIGGER" => "trigger",
            _ => "function",
        };
        draft.AddVerbatim(kind, schemaOf(row.GetString(1)), row.GetString(2), DialectNames.SqlServer, row.IsDBNull(3) ? "" : row.GetString(3));
    }

    public void Finish()
    {
        foreach (var ((tableKey, name), (type, columns)) in keys)
        {
            if (draft.FindTable(tableKey) is not { } table || table.ColumnIds(columns) is not { } ids) continue;
            if (type == "PK") table.PrimaryKey = new PrimaryKey { Id = CatalogIds.PrimaryKey(table.Schema, table.Name), Name = name, ColumnIds = ids };
            else table.Uniques.Add(new UniqueConstraint { Id = CatalogIds.Member("uq", table.Schema, table.Name, name), Name = name, ColumnIds = ids });
        }
        foreach (var ((tableKey, name), fk) in foreignKeys)
        {
            if (draft.FindTable(tableKey) is not { } table || table.ColumnIds(fk.From) is not { } ids) continue;
            if (draft.FindTable(fk.Target) is not { } target || target.ColumnIds(fk.To) is not { } targetIds)
            {
                draft.Report(CatalogDiagnosticCodes.ReferenceSkipped, Severity.Warning, table.Path + "/foreignKeys/" + name,
                    "Foreign key skipped: it references a table outside the schemas read.");
                continue;
            }
            table.ForeignKeys.Add(new ForeignKey
            {
                Id = CatalogIds.Member("fk", table.Schema, table.Name, name),
                Name = name,
                ColumnIds = ids,
                TargetTableId = target.Id,
                TargetColumnIds = targetIds,
                OnUpdate = Action(fk.OnUpdate),
                OnDelete = Action(fk.OnDelete),
            });
        }
        foreach (var ((tableKey, name), ix) in indexes)
        {
            if (draft.FindTable(tableKey) is not { } table) continue;
            var parts = ix.Parts.Where(p => !p.Included).Select(p => (table.FindColumnId(p.Column), p.Descending)).ToList();
            var include = table.ColumnIds(ix.Parts.Where(p => p.Included).Select(p => p.Column));
            if (parts.Any(p => p.Item1 is null) || include is null) continue;
            var method = ix.Type == "SPATIAL" ? IndexMethod.Spatial : IndexMethod.BTree;
            if (ix.Type.Contains("COLUMNSTORE", StringComparison.Ordinal) || ix.Type == "XML")
            {
                draft.Report(CatalogDiagnosticCodes.IndexApproximated, Severity.Warning, table.Path + "/indexes/" + name,
                    $"{ix.Type} index read as a b-tree index: the model has no such method.");
            }
            table.Indexes.Add(new Core.Model.Index
            {
                Id = CatalogIds.Member("ix", table.Schema, table.Name, name),
                Name = name,
                Unique = ix.Unique,
                Method = method,
                Parts = parts.Select(p => IndexPart.OfColumn(p.Item1!, p.Descending)).ToValueList(),
                IncludeColumnIds = include.Value,
                Where = ix.Filter,
            });
        }
    }

    private static ReferentialAction? Action(int code) => code switch
    {
        1 => ReferentialAction.Cascade,
        2 => ReferentialAction.SetNull,
        3 => ReferentialAction.SetDefault,
        _ => null,
    };
}
