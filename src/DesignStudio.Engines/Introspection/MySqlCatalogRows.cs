using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using MySqlConnector;

namespace DesignStudio.Engines.Introspection;

/// <summary>Turns rows of the information_schema queries into the drafted design.</summary>
internal sealed class MySqlCatalogRows(CatalogDraft draft, bool isMariaDb, Func<string, string?> schemaOf)
{
    private readonly Dictionary<(string? Schema, string Table, string Name), KeyRows> keys = [];
    private readonly Dictionary<(string? Schema, string Table, string Name), IndexRows> indexes = [];

    public void AddTable(MySqlDataReader row)
    {
        var table = draft.AddTable(schemaOf(row.GetString(0)), row.GetString(1));
        table.RowEstimate = row.IsDBNull(2) ? null : Convert.ToInt64(row.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
        table.Comment = Text(row, 3);
    }

    public void AddColumn(MySqlDataReader row)
    {
        if (draft.FindTable(schemaOf(row.GetString(0)), row.GetString(1)) is not { } table) return;
        var name = row.GetString(2);
        var columnType = row.GetString(3);
        var extra = Text(row, 6)?.ToLowerInvariant() ?? "";
        var path = table.Path + "/columns/" + name;
        NativeTypeMapping mapping;
        if (columnType.StartsWith("enum(", StringComparison.OrdinalIgnoreCase))
        {
            var enumName = table.Name + "_" + name;
            var id = CatalogIds.Enum(table.Schema, enumName);
            draft.Enums.Add(new EnumType { Id = id, Name = enumName, Schema = table.Schema, Values = ListValues(columnType).ToValueList() });
            mapping = NativeTypeMapping.ExactlyAs(LogicalType.Enum(id));
        }
        else
        {
            mapping = MySqlTypeMapper.Map(columnType);
        }
        ValueList<NativeTypeOverride> overrides = [];
        if (!mapping.Exact)
        {
            var native = MySqlTypeMapper.OverrideText(columnType);
            overrides = [new NativeTypeOverride(DialectNames.MariaDb, native), new NativeTypeOverride(DialectNames.MySql, native)];
            draft.Report(CatalogDiagnosticCodes.TypeApproximated, Severity.Info, path,
                $"Type {columnType} has no exact logical type: read as {mapping.Type} with the native type kept as a MySQL/MariaDB override.");
        }
        var generated = extra.Contains("generated", StringComparison.Ordinal) && !extra.Contains("default_generated", StringComparison.Ordinal);
        if (generated)
        {
            draft.Report(CatalogDiagnosticCodes.GeneratedColumnApproximated, Severity.Warning, path,
                $"Generated column (AS ({Text(row, 8)})) read as a plain column: the model has no generated columns.");
        }
        var identity = extra.Contains("auto_increment", StringComparison.Ordinal) ? IdentityKind.ByDefault : IdentityKind.None;
        var columnDefault = generated || identity != IdentityKind.None ? null
            : MySqlDefaultParser.Parse(row.IsDBNull(5) ? null : row.GetString(5), isMariaDb, extra.Contains("default_generated", StringComparison.Ordinal), mapping.Type);
        var id2 = table.ColumnIdFor(name);
        if (extra.Contains("on update current_timestamp", StringComparison.Ordinal)) table.UpdatedAtColumnId = id2;
        table.AddColumn(new Column
        {
            Id = id2,
            Name = name,
            Type = mapping.Type,
            Nullable = row.GetString(4) == "YES",
            Default = columnDefault,
            Identity = identity,
            Comment = Text(row, 7),
            NativeTypes = overrides,
        });
    }

    public void AddKey(MySqlDataReader row)
    {
        var key = (schemaOf(row.GetString(0)), row.GetString(1), row.GetString(2));
        if (!keys.TryGetValue(key, out var rows))
        {
            rows = new KeyRows(row.GetString(3), Text(row, 5) is { } s ? schemaOf(s) : null, Text(row, 6), Text(row, 8), Text(row, 9));
            keys[key] = rows;
        }
        rows.Columns.Add(row.GetString(4));
        if (Text(row, 7) is { } target) rows.TargetColumns.Add(target);
    }

    public void AddCheck(MySqlDataReader row)
    {
        if (draft.FindTable(schemaOf(row.GetString(0)), row.GetString(1)) is not { } table) return;
        var name = row.GetString(2);
        var clause = row.GetString(3);
        // MariaDB spells JSON as LONGTEXT plus a column check json_valid(`col`): read it back as a JSON column.
        if (isMariaDb && row.GetString(4) == "Column" && table.FindColumn(name) is { } column
            && clause == $"json_valid(`{name.Replace("`", "``", StringComparison.Ordinal)}`)")
        {
            table.ReplaceColumn(column with { Type = column.Type with { Kind = TypeKind.Json }, NativeTypes = [] });
            draft.Diagnostics.RemoveAll(d => d.Code == CatalogDiagnosticCodes.TypeApproximated && d.Path == table.Path + "/columns/" + name);
            return;
        }
        table.Checks.Add(new CheckConstraint { Id = CatalogIds.Member("ck", table.Schema, table.Name, name), Name = name, Expression = clause });
    }

    public void AddIndexPart(MySqlDataReader row)
    {
        var key = (schemaOf(row.GetString(0)), row.GetString(1), row.GetString(2));
        if (!indexes.TryGetValue(key, out var rows))
        {
            rows = new IndexRows(Convert.ToInt64(row.GetValue(3), System.Globalization.CultureInfo.InvariantCulture) == 0, row.GetString(7));
            indexes[key] = rows;
        }
        rows.Parts.Add((Text(row, 4), row.IsDBNull(5) ? null : Convert.ToInt32(row.GetValue(5), System.Globalization.CultureInfo.InvariantCulture),
            Text(row, 6) == "D", Text(row, 8)));
    }

    public void AddVerbatim(MySqlDataReader row) =>
        draft.AddVerbatim(row.GetString(0), schemaOf(row.GetString(1)), row.GetString(2), DialectNames.MySql, row.GetString(3));

    /// <summary>
    /// Builds keys and indexes once all rows are in. An index named like a key constraint is that key's own index
    /// (PRIMARY, a UNIQUE key, or the index InnoDB creates for a foreign key) and is not listed separately.
    /// </summary>
    public void Finish()
    {
        var rowsBuilder = new MySqlKeyBuilder(draft);
        foreach (var ((schema, tableName, name), rows) in keys)
        {
            if (draft.FindTable(schema, tableName) is { } table) rowsBuilder.AddKey(table, name, rows);
        }
        foreach (var ((schema, tableName, name), rows) in indexes)
        {
            if (draft.FindTable(schema, tableName) is { } table && name != "PRIMARY" && !keys.ContainsKey((schema, tableName, name)))
            {
                rowsBuilder.AddIndex(table, name, rows);
            }
        }
    }

    // "enum('a','it''s')" → ["a", "it's"].
    internal static List<string> ListValues(string columnType)
    {
        var open = columnType.IndexOf('(');
        var inner = columnType[(open + 1)..columnType.LastIndexOf(')')];
        var values = new List<string>();
        foreach (var part in SqlText.SplitTopLevel(inner))
        {
            if (SqlText.TryUnquote(part, '\'', out var value, out _, backslashEscapes: true)) values.Add(value);
        }
        return values;
    }

    private static string? Text(MySqlDataReader row, int ordinal) =>
        row.IsDBNull(ordinal) ? null : row.GetValue(ordinal) is var v && v is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : v.ToString() is { Length: > 0 } s ? s : null;
}
