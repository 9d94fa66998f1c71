using System.Globalization;
using DesignStudio.Engines.Introspection;

namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>
/// SQL Server live import from a server that is not there (a closed port on 127.0.0.1) ends in a network diagnostic,
/// now that the hosts run with ICU — not in the driver's globalization-invariant refusal.
/// </summary>
public sealed class SqlServerConnectionFailureTests
{
    internal const string ClosedPort = "Server=tcp:127.0.0.1,1;Database=shop;User ID=sa;Password=Pa55-secret;Connect Timeout=3;Encrypt=false";

    [Fact]
    public async Task Closed_port_is_a_network_diagnostic_not_a_globalization_error()
    {
        var result = await new SqlServerCatalogReader().ReadAsync(ClosedPort);

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(CatalogDiagnosticCodes.ConnectionFailed, diagnostic.Code);
        AssertNetworkMessage(diagnostic.Message);
        Assert.DoesNotContain("Pa55-secret", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Driver_refusal_in_invariant_mode_is_reported_as_missing_icu()
    {
        Exception[] refusals =
        [
            new NotSupportedException("Globalization Invariant Mode is not supported."),
            new CultureNotFoundException("name", "en-us", "Only the invariant culture is supported in globalization-invariant mode."),
        ];
        foreach (var refusal in refusals)
        {
            var diagnostic = Assert.Single(CatalogFailure.Connecting(refusal, ClosedPort).Diagnostics);
            Assert.Equal(CatalogDiagnosticCodes.ConnectionFailed, diagnostic.Code);
            Assert.Contains("ICU", diagnostic.Message, StringComparison.Ordinal);
        }
        Assert.False(CatalogFailure.IsMissingGlobalization(new NotSupportedException("Something else.")));
    }

    /// <summary>What SqlClient says when nothing listens: a network error, never a globalization one.</summary>
    internal static void AssertNetworkMessage(string message)
    {
        Assert.StartsWith("Could not connect:", message, StringComparison.Ordinal);
        Assert.Contains("network-related", message, StringComparison.OrdinalIgnoreCase);
        foreach (var word in new[] { "globalization", "invariant", "culture", "ICU" })
            Assert.DoesNotContain(word, message, StringComparison.OrdinalIgnoreCase);
    }
}
