using DesignStudio.Core.Model;
using Npgsql;

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>Reads the public schema of a PostgreSQL database back from pg_catalog as canonical lines (see <see cref="ExpectedSchema"/>).</summary>
public static class PostgresCatalog
{
    /// <summary>The canonical lines of every table in schema public.</summary>
    public static async Task<List<string>> LinesAsync(NpgsqlConnection connection, Design design)
    {
        var lines = new List<string>();
        var tables = new List<(uint Oid, string Name, string? Comment)>();
        await using (var cmd = new NpgsqlCommand(
            "SELECT c.oid, c.relname::text, obj_description(c.oid, 'pg_class') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE n.nspname = 'public' AND c.relkind = 'r'", connection))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync()) tables.Add((r.GetFieldValue<uint>(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)));
        }
        foreach (var (oid, name, comment) in tables)
        {
            var model = design.Tables.FirstOrDefault(t => t.Name == name);
            lines.Add($"table {name}");
            if (comment is not null) lines.Add($"comment {name}: {comment}");
            await ReadColumnsAsync(connection, oid, name, model, lines);
            await ReadConstraintsAsync(connection, oid, name, lines);
            await ReadIndexesAsync(connection, oid, name, lines);
            await using var trg = new NpgsqlCommand("SELECT count(*) FROM pg_trigger WHERE tgrelid = @oid AND NOT tgisinternal", connection);
            trg.Parameters.AddWithValue("oid", NpgsqlTypes.NpgsqlDbType.Oid, oid);
            for (var i = (long)(await trg.ExecuteScalarAsync())!; i > 0; i--) lines.Add($"trigger {name}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task ReadColumnsAsync(NpgsqlConnection connection, uint oid, string table, Table? model, List<string> lines)
    {
        await using var cmd = new NpgsqlCommand(
            "SELECT a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity::text, " +
            "pg_get_expr(d.adbin, d.adrelid), t.typtype::text, t.typname::text, col_description(a.attrelid, a.attnum) " +
            "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum " +
            "WHERE a.attrelid = @oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum", connection);
        cmd.Parameters.AddWithValue("oid", NpgsqlTypes.NpgsqlDbType.Oid, oid);
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            var column = r.GetString(0);
            var type = r.GetString(5) == "e" ? "enum:" + r.GetString(6) : r.GetString(1);
            var identity = r.GetString(3) switch { "a" => "always", "d" => "bydefault", _ => "no" };
            var def = Canonical.Default(Engine.Postgres, r.IsDBNull(4) ? null : r.GetString(4), model?.FindColumnByName(column));
            lines.Add($"column {table}.{column} type={Canonical.Type(Engine.Postgres, type)} null={!r.GetBoolean(2)} identity={identity} default={def}");
            if (!r.IsDBNull(7)) lines.Add($"comment {table}.{column}: {r.GetString(7)}");
        }
    }

    private static async Task ReadConstraintsAsync(NpgsqlConnection connection, uint oid, string table, List<string> lines)
    {
        const string Columns = "ARRAY(SELECT a.attname::text FROM unnest({0}) WITH ORDINALITY k(n, i) " +
                               "JOIN pg_attribute a ON a.attrelid = {1} AND a.attnum = k.n ORDER BY k.i)";
        await using var cmd = new NpgsqlCommand(
            $"SELECT con.conname::text, con.contype::text, {string.Format(Columns, "con.conkey", "con.conrelid")}, tc.relname::text, " +
            $"{string.Format(Columns, "con.confkey", "con.confrelid")}, con.confdeltype::text, con.confupdtype::text " +
            "FROM pg_constraint con LEFT JOIN pg_class tc ON tc.oid = con.confrelid WHERE con.conrelid = @oid", connection);
        cmd.Parameters.AddWithValue("oid", NpgsqlTypes.NpgsqlDbType.Oid, oid);
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            var name = r.GetString(0);
            var cols = string.Join(", ", r.GetFieldValue<string[]>(2));
            switch (r.GetString(1))
            {
                case "p": lines.Add($"pk {table} ({cols})"); break;
                case "u": lines.Add($"unique {table} {name} ({cols})"); break;
                case "c": lines.Add($"check {table} {name}"); break;
                case "f":
                    var target = string.Join(", ", r.GetFieldValue<string[]>(4));
                    lines.Add($"fk {table} {name} ({cols}) -> {r.GetString(3)} ({target}) delete={Action(r.GetString(5))} update={Action(r.GetString(6))}");
                    break;
                default: lines.Add($"constraint {table} {name} {r.GetString(1)}"); break;
            }
        }
    }

    private static async Task ReadIndexesAsync(NpgsqlConnection connection, uint oid, string table, List<string> lines)
    {
        await using var cmd = new NpgsqlCommand(
            "SELECT ic.relname::text, i.indisunique, i.indpred IS NOT NULL, i.indnkeyatts, " +
            "ARRAY(SELECT a.attname::text || CASE WHEN k.i <= i.indnkeyatts AND (i.indoption[k.i - 1] & 1) = 1 THEN ' DESC' ELSE '' END " +
            "      FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.i) " +
            "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = @oid " +
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))",
            connection);
        cmd.Parameters.AddWithValue("oid", NpgsqlTypes.NpgsqlDbType.Oid, oid);
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            var parts = r.GetFieldValue<string[]>(4);
            var keys = r.GetInt16(3);
            lines.Add($"index {table} {r.GetString(0)} unique={r.GetBoolean(1)} ({string.Join(", ", parts.Take(keys))}) " +
                      $"include=({string.Join(", ", parts.Skip(keys))}) partial={r.GetBoolean(2)}");
        }
    }

    private static string Action(string code) => code switch
    {
        "r" => "RESTRICT",
        "c" => "CASCADE",
        "n" => "SET NULL",
        "d" => "SET DEFAULT",
        _ => "NO ACTION",
    };
}
