using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DesignStudio.E2E.Tests;

/// <summary>Compare two SQL schemas in real Chromium: paste both, confirm a rename, and run the up script on SQLite.</summary>
public sealed class SchemaCompareFlowTests
{
    // Keys say NOT NULL: SQLite lets a non-INTEGER-rowid key column hold NULL unless told, and the studio's tables always say it.
    private const string OldSchema = """
        CREATE TABLE customer (id integer PRIMARY KEY NOT NULL, name text NOT NULL, email text, phone text, city text);
        CREATE TABLE orders (id integer PRIMARY KEY NOT NULL, customer_id integer REFERENCES customer (id), note text);
        """;

    private const string NewSchema = """
        CREATE TABLE client (id integer PRIMARY KEY NOT NULL, name text NOT NULL, email text, phone text, town text);
        CREATE TABLE orders (id integer PRIMARY KEY NOT NULL, client_id integer REFERENCES client (id), remark text);
        """;

    [SkippableFact]
    public async Task Paste_two_schemas_confirm_a_rename_and_the_up_script_turns_the_old_schema_into_the_new_on_sqlite()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = server.Address.ToString(), ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/");
        await BrowserSession.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Compare SQL schemas" }).ClickAsync();
        await page.WaitForURLAsync("**/compare");
        await BrowserSession.WaitForInteractiveAsync(page);

        await page.GetByLabel("SQL dialect").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "SQLite 3.40+" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Old schema SQL" }).FillAsync(OldSchema);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "New schema SQL" }).FillAsync(NewSchema);
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();

        var candidate = page.GetByRole(AriaRole.Listitem, new() { Name = "Rename customer to client" });
        await Expect(candidate).ToContainTextAsync("4 of 5 columns match by name and type");
        var up = page.GetByRole(AriaRole.Textbox, new() { Name = "Up script" });
        await Expect(up).ToContainTextAsync("DROP TABLE");

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm rename customer to client" }).ClickAsync();
        await Expect(candidate).ToHaveAttributeAsync("data-decision", "confirmed");
        await Expect(up).ToContainTextAsync("RENAME TO \"client\"");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Change list" })).ToContainTextAsync("rename table customer to client");
        var diagram = page.GetByRole(AriaRole.Region, new() { Name = "Diagram" });
        await Expect(diagram.GetByRole(AriaRole.Group, new() { Name = "Table client (changed)" })).ToBeVisibleAsync();

        var script = (await up.TextContentAsync())!;
        Assert.DoesNotContain("DROP TABLE \"customer\"", script);
        using var migrated = Open(OldSchema);
        Run(migrated, "INSERT INTO customer (id, name, email) VALUES (1, 'Ann', 'ann@example.com')");
        Run(migrated, script);
        using var fresh = Open(NewSchema);
        Assert.Equal(Catalog(fresh), Catalog(migrated));
        // A confirmed rename keeps the rows (a drop and create would have lost them).
        Assert.Equal(["1|Ann|ann@example.com"], Rows(migrated, "SELECT id, name, email FROM client"));
    }

    private static SqliteConnection Open(string ddl)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Run(connection, ddl);
        return connection;
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // Tables with their columns (name, type affinity, NOT NULL, key position) and foreign keys, in name order. Types are
    // compared by SQLite's affinity rules (https://sqlite.org/datatype3.html §3.1): the generator writes an added 64-bit
    // integer as BIGINT where the pasted schema said integer, which SQLite stores and compares the same way.
    private static string Affinity(string type) => type.ToUpperInvariant() switch
    {
        var t when t.Contains("INT", StringComparison.Ordinal) => "INTEGER",
        var t when t.Contains("CHAR", StringComparison.Ordinal) || t.Contains("CLOB", StringComparison.Ordinal) || t.Contains("TEXT", StringComparison.Ordinal) => "TEXT",
        var t when t.Length == 0 || t.Contains("BLOB", StringComparison.Ordinal) => "BLOB",
        var t when t.Contains("REAL", StringComparison.Ordinal) || t.Contains("FLOA", StringComparison.Ordinal) || t.Contains("DOUB", StringComparison.Ordinal) => "REAL",
        _ => "NUMERIC",
    };

    private static List<string> Catalog(SqliteConnection connection)
    {
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var lines = new List<string>();
        foreach (var table in tables)
        {
            lines.Add("table " + table);
            lines.AddRange(Rows(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}') ORDER BY cid")
                .Select(r => r.Split('|')).Select(f => string.Join("|", f[0], Affinity(f[1]), f[2], f[3])));
            lines.AddRange(Rows(connection, $"SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('{table}') ORDER BY \"from\"").Select(r => "fk " + r));
        }
        return lines;
    }

    private static IEnumerable<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
        return rows;
    }
}
