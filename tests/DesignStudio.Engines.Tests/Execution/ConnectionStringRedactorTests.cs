using DesignStudio.Engines.Execution;

namespace DesignStudio.Engines.Tests.Execution;

public sealed class ConnectionStringRedactorTests
{
    [Theory]
    [InlineData("Host=db;Username=app;Password=s3cret;Database=x", "s3cret")]
    [InlineData("Server=db;User ID=app;Pwd=s3cret", "s3cret")]
    [InlineData("Server=db;User ID=app;password='se;cret'", "se;cret")]
    public void Redacts_passwords_in_connection_strings(string connectionString, string secret)
    {
        var redacted = ConnectionStringRedactor.Redact(connectionString);
        Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
        Assert.Contains("***", redacted, StringComparison.Ordinal);
        Assert.Contains("db", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Scrubs_passwords_and_whole_connection_strings_from_messages()
    {
        const string cs = "Host=db;Password=s3cret";
        var message = ConnectionStringRedactor.Scrub($"failed with {cs} (password s3cret)", cs);
        Assert.DoesNotContain("s3cret", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unparsable_connection_string_is_fully_hidden() =>
        Assert.Equal("***", ConnectionStringRedactor.Redact("Password='unterminated"));
}
