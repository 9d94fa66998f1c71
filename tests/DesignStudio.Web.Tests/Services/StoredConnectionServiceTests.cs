using DesignStudio.Core.Dialects;
using DesignStudio.Data;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace DesignStudio.Web.Tests.Services;

/// <summary>Stored connections are encrypted at rest, listed without secrets, forgettable, and never logged.</summary>
public sealed class StoredConnectionServiceTests : IDisposable
{
    private const string Password = "hunter2-Sup3r-secret";
    private const string ConnectionString = "Host=127.0.0.1;Port=1;Database=shop;Username=alice;Password=" + Password + ";Timeout=2";

    private readonly TempSqliteStore store = new();
    private readonly CapturingSink sink = new();
    private readonly SerilogLoggerFactory loggers;
    private readonly StoredConnectionService service;

    public StoredConnectionServiceTests()
    {
        loggers = new SerilogLoggerFactory(new Serilog.LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(sink).CreateLogger(), dispose: true);
        service = new StoredConnectionService(DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(store.Folder, "keys"))),
            new StoredConnectionStore(store.Database, TimeProvider.System, new Logger<StoredConnectionStore>(loggers)),
            new Logger<StoredConnectionService>(loggers));
    }

    private const string Alice = "user-alice";
    private const string Bob = "user-bob";

    public void Dispose()
    {
        loggers.Dispose();
        store.Dispose();
    }

    [Fact]
    public async Task Remembered_connection_is_listed_with_its_password_redacted_and_reveals_the_original()
    {
        var saved = await service.RememberAsync(Alice, "Shop", DialectNames.PostgreSql, ConnectionString);

        var listed = Assert.Single(await service.ListAsync(Alice));
        Assert.Equal(saved.Id, listed.Id);
        Assert.Equal("Shop", listed.Name);
        Assert.DoesNotContain(Password, listed.Description);
        Assert.Contains("Database=shop", listed.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((DialectNames.PostgreSql, ConnectionString), await service.RevealAsync(Alice, saved.Id));
    }

    [Fact]
    public async Task Raw_database_row_and_file_never_hold_the_password()
    {
        await service.RememberAsync(Alice, "Shop", DialectNames.PostgreSql, ConnectionString);

        var cells = new List<string>();
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(store.Folder, "designstudio.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM stored_connections";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++) cells.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }
        }
        Assert.NotEmpty(cells);
        Assert.DoesNotContain(cells, c => c.Contains(Password, StringComparison.Ordinal));

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(store.Folder, "designstudio.db"));
        Assert.Equal(-1, System.Text.Encoding.UTF8.GetString(bytes).IndexOf(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_user_cannot_list_reveal_or_forget_a_remembered_connection()
    {
        var saved = await service.RememberAsync(Alice, "Shop", DialectNames.PostgreSql, ConnectionString);

        Assert.Empty(await service.ListAsync(Bob));
        Assert.Null(await service.RevealAsync(Bob, saved.Id));
        Assert.False(await service.ForgetAsync(Bob, saved.Id));
        Assert.Empty(await service.ListAsync(""));
        Assert.Null(await service.RevealAsync("", saved.Id));

        Assert.Equal(saved.Id, Assert.Single(await service.ListAsync(Alice)).Id);
        Assert.Equal((DialectNames.PostgreSql, ConnectionString), await service.RevealAsync(Alice, saved.Id));
    }

    [Fact]
    public async Task Forgotten_connection_is_gone_from_the_list_and_cannot_be_revealed()
    {
        var saved = await service.RememberAsync(Alice, "Shop", DialectNames.PostgreSql, ConnectionString);

        Assert.True(await service.ForgetAsync(Alice, saved.Id));
        Assert.Empty(await service.ListAsync(Alice));
        Assert.Null(await service.RevealAsync(Alice, saved.Id));
        Assert.False(await service.ForgetAsync(Alice, saved.Id));
    }

    [Fact]
    public async Task Connection_encrypted_with_lost_keys_is_reported_unreadable_instead_of_failing()
    {
        var saved = await service.RememberAsync(Alice, "Shop", DialectNames.PostgreSql, ConnectionString);
        var otherKeys = new StoredConnectionService(DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(store.Folder, "other-keys"))),
            store.ConnectionStore, NullLogger<StoredConnectionService>.Instance);

        Assert.Null(await otherKeys.RevealAsync(Alice, saved.Id));
    }

    [Fact]
    public async Task Captured_serilog_output_of_remember_reveal_import_and_forget_has_no_password()
    {
        var importer = new DesignImportService(store.Store, new Logger<DesignImportService>(loggers)) { LiveTimeout = TimeSpan.FromSeconds(10) };

        var saved = await service.RememberAsync(Alice, "Shop", DialectNames.PostgreSql, ConnectionString);
        var revealed = await service.RevealAsync(Alice, saved.Id);
        var preview = await importer.ImportLiveAsync(revealed!.Value.ConnectionString, revealed.Value.Engine);
        await service.ForgetAsync(Alice, saved.Id);

        Assert.Null(preview.Design);
        Assert.DoesNotContain(Password, string.Join("\n", preview.Report.Diagnostics.Select(d => d.Message)));
        Assert.True(sink.Events.Count >= 3, "The operations log something, so the check below is not vacuous.");
        foreach (var e in sink.Events)
        {
            var text = e.RenderMessage() + " " + string.Join(" ", e.Properties.Select(p => p.Key + "=" + p.Value)) + " " + e.Exception;
            Assert.DoesNotContain(Password, text);
        }
    }

    private sealed class CapturingSink : ILogEventSink
    {
        private readonly List<LogEvent> events = [];

        public IReadOnlyList<LogEvent> Events
        {
            get
            {
                lock (events) return events.ToList();
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (events) events.Add(logEvent);
        }
    }
}
