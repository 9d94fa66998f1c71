using DesignStudio.Core.Model;
using MySqlConnector;

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>
/// Reads one MariaDB database back from information_schema as canonical lines (see <see cref="ExpectedSchema"/>).
/// MariaDB lists unique constraints as unique indexes, so a unique index named like a unique constraint of the model
/// is reported as that constraint; indexes InnoDB adds for a foreign key (named after it) are left out.
/// </summary>
public static class MariaDbCatalog
{
    /// <summary>The canonical lines of every table in <paramref name="database"/>.</summary>
    public static async Task<List<string>> LinesAsync(MySqlConnection connection, string database, Design design,
        IReadOnlySet<string> uniqueConstraintNames, IReadOnlySet<string> foreignKeyNames)
    {
        var lines = new List<string>();
        await ForEachAsync(connection, database, "SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = @db", r =>
        {
            lines.Add($"table {r.GetString(0)}");
            if (r.GetString(1).Length > 0) lines.Add($"comment {r.GetString(0)}: {r.GetString(1)}");
        });
        await ForEachAsync(connection, database,
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT FROM information_schema.COLUMNS " +
            "WHERE TABLE_SCHEMA = @db ORDER BY TABLE_NAME, ORDINAL_POSITION", r =>
        {
            string table = r.GetString(0), column = r.GetString(1), extra = r.GetString(5).ToLowerInvariant();
            var model = design.Tables.FirstOrDefault(t => t.Name == table)?.FindColumnByName(column);
            var def = Canonical.Default(Engine.MariaDb, r.IsDBNull(4) ? null : r.GetString(4), model);
            lines.Add($"column {table}.{column} type={Canonical.Type(Engine.MariaDb, r.GetString(2))} null={r.GetString(3) == "YES"} " +
                      $"identity={(extra.Contains("auto_increment") ? "auto" : "no")} default={def}{(extra.Contains("on update") ? " on-update" : "")}");
            if (r.GetString(6).Length > 0) lines.Add($"comment {table}.{column}: {r.GetString(6)}");
        });
        await ForEachAsync(connection, database,
            "SELECT TABLE_NAME, CONSTRAINT_NAME FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = @db AND LEVEL = 'Table'",
            r => lines.Add($"check {r.GetString(0)} {r.GetString(1)}"));

        var indexes = new List<(string Table, string Name, bool Unique, List<string> Parts)>();
        await ForEachAsync(connection, database,
            "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION FROM information_schema.STATISTICS " +
            "WHERE TABLE_SCHEMA = @db ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX", r =>
        {
            string table = r.GetString(0), name = r.GetString(1);
            if (indexes.Count == 0 || indexes[^1].Table != table || indexes[^1].Name != name)
            {
                indexes.Add((table, name, Convert.ToInt64(r.GetValue(2)) == 0, []));
            }
            indexes[^1].Parts.Add(r.GetString(3) + (!r.IsDBNull(4) && r.GetString(4) == "D" ? " DESC" : ""));
        });
        foreach (var (table, name, unique, parts) in indexes)
        {
            if (name == "PRIMARY") lines.Add($"pk {table} ({string.Join(", ", parts)})");
            else if (unique && uniqueConstraintNames.Contains(name)) lines.Add($"unique {table} {name} ({string.Join(", ", parts)})");
            else if (!foreignKeyNames.Contains(name)) lines.Add($"index {table} {name} unique={unique} ({string.Join(", ", parts)}) include=() partial=False");
        }

        var fks = new List<(string Table, string Name, string Target, string Update, string Delete)>();
        await ForEachAsync(connection, database,
            "SELECT TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME, UPDATE_RULE, DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS " +
            "WHERE CONSTRAINT_SCHEMA = @db", r => fks.Add((r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4))));
        foreach (var fk in fks)
        {
            var from = new List<string>();
            var to = new List<string>();
            await ForEachAsync(connection, database,
                "SELECT COLUMN_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = @db " +
                "AND TABLE_NAME = @t AND CONSTRAINT_NAME = @c ORDER BY ORDINAL_POSITION", r =>
                {
                    from.Add(r.GetString(0));
                    to.Add(r.GetString(1));
                }, ("t", fk.Table), ("c", fk.Name));
            lines.Add($"fk {fk.Table} {fk.Name} ({string.Join(", ", from)}) -> {fk.Target} ({string.Join(", ", to)}) " +
                      $"delete={Canonical.Action(Engine.MariaDb, fk.Delete)} update={Canonical.Action(Engine.MariaDb, fk.Update)}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task ForEachAsync(MySqlConnection connection, string database, string sql, Action<MySqlDataReader> row,
        params (string Name, string Value)[] parameters)
    {
        await using var cmd = new MySqlCommand(sql, connection);
        cmd.Parameters.AddWithValue("@db", database);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue("@" + name, value);
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) row(r);
    }
}
