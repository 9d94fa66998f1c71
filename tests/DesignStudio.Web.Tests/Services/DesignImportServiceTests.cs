using DesignStudio.Core.Diagnostics;
using DesignStudio.Web.Services;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Web.Tests.Services;

public sealed class DesignImportServiceTests : IDisposable
{
    private readonly TempSqliteStore store = new();
    private readonly DesignImportService service;

    public DesignImportServiceTests() => service = new DesignImportService(store.Store, NullLogger<DesignImportService>.Instance);

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Live_sqlite_file_is_read_into_a_design_named_after_the_file_and_stored_as_a_project()
    {
        var path = Path.Combine(store.Folder, "inventory.sqlite");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE suppliers (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE);
                CREATE TABLE parts (id INTEGER PRIMARY KEY, supplier_id INTEGER NOT NULL REFERENCES suppliers (id), sku TEXT NOT NULL);
                CREATE INDEX parts_sku ON parts (sku);
                CREATE VIEW part_names AS SELECT sku FROM parts;
                """;
            await command.ExecuteNonQueryAsync();
        }

        var preview = await service.ImportLiveAsync($"Data Source={path};Mode=ReadOnly", "sqlite");

        Assert.True(preview.CanUse, string.Join("\n", preview.Report.Diagnostics));
        Assert.Equal("inventory", preview.SuggestedName);
        Assert.Equal(["parts", "suppliers"], preview.Design!.Tables.Select(t => t.Name).Order());
        Assert.Equal(1, preview.Counts.ForeignKeys);
        Assert.Contains(preview.Report.Imported, e => e.Kind == "table" && e.Name == "parts");
        Assert.Contains(preview.Design.Verbatim, v => v.Name == "part_names");

        var created = await service.CreateProjectAsync(store.OwnerId, preview.SuggestedName, preview.Design);
        var stored = await store.Owner.LoadDesignAsync(created.Value!.Id);
        Assert.Equal(2, stored!.Design.Tables.Count);
    }

    [Fact]
    public async Task Failed_live_read_reports_an_error_without_the_password()
    {
        var preview = await service.ImportLiveAsync("Host=127.0.0.1;Port=1;Database=shop;Username=u;Password=s3cr3t-pw;Timeout=3", "postgres");

        Assert.False(preview.CanUse);
        Assert.Null(preview.Design);
        Assert.NotEqual(0, preview.Report.ErrorCount);
        Assert.DoesNotContain(preview.Report.Diagnostics, d => d.Message.Contains("s3cr3t-pw", StringComparison.Ordinal));
        Assert.Equal("shop", preview.SuggestedName);
    }

    [Fact]
    public async Task Unreachable_sql_server_is_a_network_diagnostic_not_a_globalization_error()
    {
        var preview = await service.ImportLiveAsync("Server=tcp:127.0.0.1,1;Database=shop;User ID=sa;Password=Pa55-secret;Connect Timeout=3;Encrypt=false", "sqlserver");

        Assert.False(preview.CanUse);
        var message = string.Join("\n", preview.Report.Diagnostics.Select(d => d.Message));
        Assert.Contains("Could not connect:", message);
        Assert.Contains("network-related", message, StringComparison.OrdinalIgnoreCase);
        foreach (var word in new[] { "globalization", "invariant", "culture" })
            Assert.DoesNotContain(word, message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Pa55-secret", message);
    }

    [Fact]
    public async Task Unknown_engine_and_language_are_diagnostics_not_exceptions()
    {
        var live = await service.ImportLiveAsync("Data Source=x.db", "oracle");
        var text = service.ImportText("CREATE TABLE t (id int);", "cobol");

        Assert.Equal(DesignImportService.InvalidRequestCode, Assert.Single(live.Report.Diagnostics).Code);
        Assert.Equal(Severity.Error, Assert.Single(text.Report.Diagnostics).Severity);
    }
}
