using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using Microsoft.Data.Sqlite;

namespace DesignStudio.Engines.Introspection;

/// <summary>Turns rows of the SQLite pragma queries into the drafted design.</summary>
internal sealed class SqliteCatalogRows(CatalogDraft draft)
{
    private readonly Dictionary<string, TableDraft> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SqliteTableDefinition> definitions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(int Position, string ColumnId)>> primaryKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Table, long Id, string Target, List<string> From, List<string?> To, string OnUpdate, string OnDelete)> foreignKeys = [];
    private readonly List<(string Table, string Index, bool Unique, string Origin, bool Partial, string? Sql, List<(long Cid, string? Column, bool Descending)> Parts)> indexes = [];

    public void AddTable(SqliteDataReader row)
    {
        var name = row.GetString(0);
        var type = row.GetString(1);
        var sql = row.IsDBNull(2) ? "" : row.GetString(2);
        if (type == "table")
        {
            var table = draft.AddTable(null, name);
            byName[name] = table;
            definitions[name] = SqliteTableDefinition.Parse(sql);
        }
        else if (type == "virtual")
        {
            draft.AddVerbatim("virtual table", null, name, DialectNames.Sqlite, sql + ";");
            draft.Report(CatalogDiagnosticCodes.KeptVerbatim, Severity.Info, "tables/" + name, "Virtual table kept verbatim (its shadow tables are not read).");
        }
    }

    public void AddColumn(SqliteDataReader row)
    {
        if (!byName.TryGetValue(row.GetString(0), out var table)) return;
        var name = row.GetString(2);
        var declared = row.IsDBNull(3) ? "" : row.GetString(3);
        var path = table.Path + "/columns/" + name;
        var mapping = SqliteTypeMapper.Map(declared);
        ValueList<NativeTypeOverride> overrides = [];
        if (!mapping.Exact)
        {
            if (declared.Length > 0) overrides = [new NativeTypeOverride(DialectNames.Sqlite, declared)];
            draft.Report(CatalogDiagnosticCodes.TypeApproximated, Severity.Info, path,
                $"Declared type '{declared}' has no exact logical type: read as {mapping.Type} (SQLite affinity).");
        }
        var hidden = row.GetInt64(7);
        if (hidden is 2 or 3)
        {
            draft.Report(CatalogDiagnosticCodes.GeneratedColumnApproximated, Severity.Warning, path,
                "Generated column read as a plain column: the model has no generated columns.");
        }
        var id = table.ColumnIdFor(name);
        var pk = row.GetInt64(6);
        if (pk > 0)
        {
            if (!primaryKeys.TryGetValue(table.Name, out var list)) primaryKeys[table.Name] = list = [];
            list.Add(((int)pk, id));
        }
        var identity = definitions[table.Name].AutoIncrement.Contains(name) || IsRowidAlias(declared, pk, withoutRowid: row.GetInt64(8) != 0, primaryKeyColumns: row.GetInt64(9))
            ? IdentityKind.ByDefault : IdentityKind.None;
        table.AddColumn(new Column
        {
            Id = id,
            Name = name,
            Type = mapping.Type,
            Nullable = row.GetInt64(4) == 0 && pk == 0,
            Default = hidden is 2 or 3 || identity != IdentityKind.None ? null : Default(row.IsDBNull(5) ? null : row.GetString(5), mapping.Type),
            Identity = identity,
            NativeTypes = overrides,
        });
    }

    // A single-column INTEGER primary key of a rowid table is an alias of the rowid: SQLite assigns the next value when
    // none is given, so it is identity (by default), as the importer reads it and the generator writes it.
    private static bool IsRowidAlias(string declared, long pk, bool withoutRowid, long primaryKeyColumns) =>
        !withoutRowid && pk == 1 && primaryKeyColumns == 1 && declared.Equals("INTEGER", StringComparison.OrdinalIgnoreCase);

    // SQLite stores booleans as 0/1: a boolean column's 0/1 default is read as false/true.
    private static ColumnDefault? Default(string? text, LogicalType type) =>
        SqliteDefaultParser.Parse(text) is { Kind: DefaultKind.Literal, Value: "0" or "1" } literal && type.Kind == TypeKind.Boolean
            ? ColumnDefault.Literal(literal.Value == "1" ? "true" : "false")
            : SqliteDefaultParser.Parse(text);

    public void AddForeignKeyRow(SqliteDataReader row)
    {
        var table = row.GetString(0);
        var id = row.GetInt64(1);
        if (foreignKeys.Count == 0 || foreignKeys[^1].Table != table || foreignKeys[^1].Id != id)
        {
            foreignKeys.Add((table, id, row.GetString(2), [], [], row.GetString(5), row.GetString(6)));
        }
        foreignKeys[^1].From.Add(row.GetString(3));
        foreignKeys[^1].To.Add(row.IsDBNull(4) ? null : row.GetString(4));
    }

    public void AddIndexRow(SqliteDataReader row)
    {
        var table = row.GetString(0);
        var index = row.GetString(1);
        if (indexes.Count == 0 || indexes[^1].Table != table || indexes[^1].Index != index)
        {
            indexes.Add((table, index, row.GetInt64(2) == 1, row.GetString(3), row.GetInt64(4) == 1, row.IsDBNull(8) ? null : row.GetString(8), []));
        }
        indexes[^1].Parts.Add((row.GetInt64(5), row.IsDBNull(6) ? null : row.GetString(6), row.GetInt64(7) == 1));
    }

    public void AddVerbatim(SqliteDataReader row)
    {
        var kind = row.GetString(0);
        var name = row.GetString(1);
        draft.AddVerbatim(kind, null, kind == "trigger" ? row.GetString(2) + "." + name : name, DialectNames.Sqlite, row.GetString(3) + ";");
    }

    public void Finish()
    {
        foreach (var (tableName, parts) in primaryKeys)
        {
            var table = byName[tableName];
            table.PrimaryKey = new PrimaryKey
            {
                Id = CatalogIds.PrimaryKey(null, table.Name),
                Name = definitions[tableName].PrimaryKeyName,
                ColumnIds = parts.OrderBy(p => p.Position).Select(p => p.ColumnId).ToValueList(),
            };
        }
        var keys = new SqliteKeyBuilder(draft, byName, definitions);
        foreach (var fk in foreignKeys) keys.AddForeignKey(fk.Table, fk.Target, fk.From, fk.To, fk.OnUpdate, fk.OnDelete);
        foreach (var ix in indexes)
        {
            if (ix.Origin == "pk" || !byName.TryGetValue(ix.Table, out var table)) continue;
            if (ix.Origin == "u") keys.AddUnique(table, ix.Parts.Select(p => p.Column ?? "").ToList());
            else keys.AddIndex(table, ix.Index, ix.Unique, ix.Partial, ix.Sql, ix.Parts);
        }
        keys.AddAllChecks();
    }
}
