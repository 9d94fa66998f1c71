using DesignStudio.Core.Dialects;
using DesignStudio.Engines.Introspection;
using DesignStudio.TestSupport;
using MySqlConnector;

namespace DesignStudio.Engines.Tests.Introspection;

public sealed class CatalogReaderFailureTests
{
    private const string Secret = "Sup3r-Secret-pw";

    [Theory]
    [InlineData(DialectNames.PostgreSql, $"Host=127.0.0.1;Port=1;Username=u;Password={Secret};Timeout=2")]
    [InlineData(DialectNames.MySql, $"Server=127.0.0.1;Port=1;User ID=u;Password={Secret};Connection Timeout=2")]
    [InlineData(DialectNames.PostgreSql, $"Host=127.0.0.1;Password={Secret};Not A Keyword=1")]
    public async Task Unreachable_server_or_bad_connection_string_is_a_diagnostic_without_the_password(string engine, string connectionString)
    {
        var result = await CatalogReaders.For(engine)!.ReadAsync(connectionString);
        Assert.Null(result.Design);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((CatalogDiagnosticCodes.ConnectionFailed, Core.Diagnostics.Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.DoesNotContain(Secret, diagnostic.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Wrong_MariaDb_password_is_a_diagnostic_without_the_password()
    {
        var builder = new MySqlConnectionStringBuilder(TestEnvironment.MariaDbConnectionString) { Password = Secret };
        var result = await new MySqlCatalogReader().ReadAsync(builder.ConnectionString);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("Access denied", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, diagnostic.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Cancelled_read_throws()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new PostgreSqlCatalogReader().ReadAsync(TestEnvironment.PostgresConnectionString, cancellationToken: cancel.Token));
    }

    [Fact]
    public void Every_engine_name_has_a_reader()
    {
        Assert.All(DialectNames.All, name => Assert.NotNull(CatalogReaders.For(name)));
        Assert.Null(CatalogReaders.For("oracle"));
    }
}
