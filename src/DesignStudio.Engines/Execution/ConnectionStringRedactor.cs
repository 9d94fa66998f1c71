using System.Data.Common;

namespace DesignStudio.Engines.Execution;

/// <summary>Keeps connection passwords out of messages, logs and exceptions.</summary>
public static class ConnectionStringRedactor
{
    private static readonly string[] SecretKeys =
        ["password", "pwd", "passwd", "user password", "passfile", "access token", "sslpassword", "ssl password"];

    /// <summary>The connection string with every secret value replaced by <c>***</c>; unparsable text becomes <c>***</c>.</summary>
    public static string Redact(string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (var key in builder.Keys.Cast<string>().ToList())
            {
                if (IsSecret(key)) builder[key] = "***";
            }
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "***";
        }
    }

    /// <summary>
    /// <paramref name="message"/> with the secret values of <paramref name="connectionString"/> (and the whole
    /// connection string) replaced by <c>***</c>.
    /// </summary>
    public static string Scrub(string message, string connectionString)
    {
        if (connectionString.Length > 0) message = message.Replace(connectionString, Redact(connectionString), StringComparison.Ordinal);
        foreach (var secret in Secrets(connectionString))
        {
            message = message.Replace(secret, "***", StringComparison.Ordinal);
        }
        return message;
    }

    private static IEnumerable<string> Secrets(string connectionString)
    {
        DbConnectionStringBuilder builder;
        try
        {
            builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException)
        {
            yield break;
        }
        foreach (var key in builder.Keys.Cast<string>())
        {
            if (IsSecret(key) && builder[key]?.ToString() is { Length: > 0 } value) yield return value;
        }
    }

    private static bool IsSecret(string key) => SecretKeys.Contains(key.Trim(), StringComparer.OrdinalIgnoreCase);
}
