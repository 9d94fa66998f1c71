using System.Diagnostics;
using System.Text.RegularExpressions;
using DesignStudio.Engines.Execution;
using DesignStudio.TestSupport;
using MySqlConnector;
using Npgsql;

namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>
/// Loads corpus files into scratch databases with the engines' own command-line clients (psql, mariadb), which
/// understand psql meta-commands and DELIMITER blocks; returns the error lines the client printed.
/// </summary>
internal static partial class CorpusLoader
{
    // Lines that create or switch to the file's own database: the scratch database takes its place.
    [GeneratedRegex(@"^\s*((DROP|CREATE)\s+(DATABASE|SCHEMA)\s+(IF\s+(NOT\s+)?EXISTS\s+)?[`""]?\w+[`""]?\s*;|USE\s+\S+;|\\c\s+\S+)\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex DatabaseSwitch();

    /// <summary>
    /// A temporary copy of the corpus file without the lines that create or switch databases; references qualified
    /// with the file's own database name (<c>sakila.actor</c> in a view) are pointed at <paramref name="database"/>.
    /// </summary>
    public static string Prepare(string relativeFile, string database)
    {
        var lines = File.ReadAllLines(TestEnvironment.CorpusFile(relativeFile));
        var own = Path.GetFileNameWithoutExtension(relativeFile);
        var qualified = new Regex(@"\b" + Regex.Escape(own) + @"\.(?=\w)", RegexOptions.IgnoreCase);
        var path = Path.Combine(Path.GetTempPath(), "ds_corpus_" + Guid.NewGuid().ToString("N") + ".sql");
        File.WriteAllLines(path, lines.Where(l => !DatabaseSwitch().IsMatch(l)).Select(l => qualified.Replace(l, database + ".")));
        return path;
    }

    public static async Task<IReadOnlyList<string>> LoadPostgreSqlAsync(ScratchDatabase database, string relativeFile)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var file = Prepare(relativeFile, database.Name);
        try
        {
            var start = new ProcessStartInfo("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=0", "-f", file])
            {
                Environment =
                {
                    ["PGHOST"] = builder.Host, ["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["PGUSER"] = builder.Username, ["PGDATABASE"] = builder.Database, ["PGPASSWORD"] = builder.Password ?? "",
                },
            };
            return await RunAsync(start, null);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static async Task<IReadOnlyList<string>> LoadMariaDbAsync(ScratchDatabase database, string relativeFile)
    {
        var builder = new MySqlConnectionStringBuilder(database.ConnectionString);
        var file = Prepare(relativeFile, database.Name);
        try
        {
            var start = new ProcessStartInfo("mariadb",
                ["--no-defaults", "--force", "-h", builder.Server, "-P", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 "-u", builder.UserID, builder.Database])
            {
                Environment = { ["MYSQL_PWD"] = builder.Password },
            };
            return await RunAsync(start, file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<IReadOnlyList<string>> RunAsync(ProcessStartInfo start, string? stdinFile)
    {
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardInput = stdinFile is not null;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (stdinFile is not null)
        {
            await process.StandardInput.WriteAsync(await File.ReadAllTextAsync(stdinFile));
            process.StandardInput.Close();
        }
        await process.WaitForExitAsync();
        await stdout;
        return (await stderr).Split('\n').Where(l => l.Contains("ERROR", StringComparison.Ordinal)).ToList();
    }
}
