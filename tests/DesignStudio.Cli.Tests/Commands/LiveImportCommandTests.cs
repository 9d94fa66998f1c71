using DesignStudio.Core.Serialization;
using Microsoft.Data.Sqlite;

namespace DesignStudio.Cli.Tests.Commands;

public class LiveImportCommandTests
{
    [Fact]
    public void Reads_a_live_sqlite_database_into_a_design_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "designstudio-live-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = """
                    CREATE TABLE authors (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE);
                    CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors(id) ON DELETE CASCADE, title TEXT);
                    CREATE INDEX ix_books_author ON books(author_id);
                    """;
                command.ExecuteNonQuery();
            }
            var run = CliRun.Of("import", "--connection", $"Data Source={path}", "--engine", "sqlite");
            Assert.Equal(0, run.ExitCode);
            var design = DesignFile.Read(run.Output).Design;
            Assert.NotNull(design);
            Assert.Equal(["authors", "books"], design!.Tables.Select(t => t.Name).Order());
            var books = design.Tables.Single(t => t.Name == "books");
            Assert.Single(books.ForeignKeys);
            Assert.Contains(books.Indexes, i => i.Name == "ix_books_author");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Connection_without_engine_is_a_usage_error()
    {
        var run = CliRun.Of("import", "--connection", "Data Source=x.db");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--engine", run.Error);
    }

    [Fact]
    public void Unreachable_server_reports_without_the_password()
    {
        var run = CliRun.Of("import", "--connection", "Host=127.0.0.1;Port=1;Username=u;Password=s3cret-pw;Timeout=2", "--engine", "postgres", "--timeout", "20");
        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("s3cret-pw", run.Error + run.Output);
    }

    [Fact]
    public void Unreachable_sql_server_reports_a_network_error_not_a_globalization_error()
    {
        var run = CliRun.Of("import", "--connection", "Server=tcp:127.0.0.1,1;Database=shop;User ID=sa;Password=Pa55-secret;Connect Timeout=3;Encrypt=false",
            "--engine", "sqlserver", "--timeout", "30");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Could not connect:", run.Error);
        Assert.Contains("network-related", run.Error, StringComparison.OrdinalIgnoreCase);
        foreach (var word in new[] { "globalization", "invariant", "culture" })
            Assert.DoesNotContain(word, run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Pa55-secret", run.Error + run.Output);
    }
}
