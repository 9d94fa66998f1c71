using DesignStudio.Core.Model;
using Microsoft.Data.Sqlite;

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>Reads a SQLite database back through sqlite_master and the table-valued pragmas as canonical lines.</summary>
public static class SqliteCatalog
{
    /// <summary>The canonical lines of every table.</summary>
    public static List<string> Lines(SqliteConnection connection, Design design)
    {
        var lines = new List<string>();
        var tables = Rows(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var t in tables)
        {
            var table = (string)t[0]!;
            var model = design.Tables.FirstOrDefault(x => x.Name == table);
            lines.Add($"table {table}");
            if (((string)t[1]!).Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase)) lines.Add($"autoincrement {table}");
            var columns = Rows(connection, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(@t)", ("t", table));
            var pk = columns.Where(c => (long)c[4]! > 0).OrderBy(c => (long)c[4]!).Select(c => (string)c[0]!).ToList();
            foreach (var c in columns)
            {
                var name = (string)c[0]!;
                var type = (string)c[1]!;
                var rowid = pk.Count == 1 && pk[0] == name && type.Equals("INTEGER", StringComparison.OrdinalIgnoreCase);
                var def = Canonical.Default(Engine.Sqlite, c[3] as string, model?.FindColumnByName(name));
                lines.Add($"column {table}.{name} type={type} null={(long)c[2]! == 0} identity={(rowid ? "auto" : "no")} default={def}");
            }
            if (pk.Count > 0) lines.Add($"pk {table} ({string.Join(", ", pk)})");
            var fks = Rows(connection, "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(@t) ORDER BY id, seq", ("t", table));
            foreach (var fk in fks.GroupBy(f => (long)f[0]!))
            {
                var first = fk.First();
                lines.Add($"fk {table} ({string.Join(", ", fk.Select(f => (string)f[2]!))}) -> {first[1]} ({string.Join(", ", fk.Select(f => (string)f[3]!))}) " +
                          $"delete={Canonical.Action(Engine.Sqlite, (string)first[5]!)} update={Canonical.Action(Engine.Sqlite, (string)first[4]!)}");
            }
            foreach (var ix in Rows(connection, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(@t)", ("t", table)))
            {
                var name = (string)ix[0]!;
                var parts = Rows(connection, "SELECT name, \"desc\" FROM pragma_index_xinfo(@i) WHERE key = 1 ORDER BY seqno", ("i", name))
                    .Select(p => (string)p[0]! + ((long)p[1]! == 1 ? " DESC" : "")).ToList();
                switch ((string)ix[2]!)
                {
                    case "pk": break;
                    case "u": lines.Add($"unique {table} ({string.Join(", ", parts)})"); break;
                    default:
                        lines.Add($"index {table} {name} unique={(long)ix[1]! == 1} ({string.Join(", ", parts)}) include=() partial={(long)ix[3]! == 1}");
                        break;
                }
            }
        }
        foreach (var trg in Rows(connection, "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'")) lines.Add($"trigger {trg[0]}");
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static List<object?[]> Rows(SqliteConnection connection, string sql, params (string Name, string Value)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue("@" + name, value);
        using var r = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (r.Read())
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < r.FieldCount; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
