namespace DesignStudio.TestSupport;

/// <summary>
/// Where the real engines and the shared corpus are. scripts/test.sh starts the servers and sets the variables.
/// Run outside that script (e.g. from an IDE) a test that needs a missing server or the corpus is skipped with a
/// message saying so; under CI (CI=true) it fails instead, so nothing is silently left untested.
/// </summary>
public static class TestEnvironment
{
    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Connection string of the throwaway PostgreSQL 15 server (database <c>postgres</c>).</summary>
    public static string PostgresConnectionString => Require("DESIGNSTUDIO_TEST_POSTGRES", "PostgreSQL test server");

    /// <summary>Connection string of the throwaway MariaDB server (no default database).</summary>
    public static string MariaDbConnectionString => Require("DESIGNSTUDIO_TEST_MARIADB", "MariaDB test server");

    /// <summary>The folder ../shared/corpus (or DESIGNSTUDIO_CORPUS).</summary>
    public static string CorpusDirectory
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("DESIGNSTUDIO_CORPUS");
            if (string.IsNullOrEmpty(dir))
            {
                dir = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
            }
            if (Directory.Exists(dir)) return dir;
            if (InCi) throw new InvalidOperationException($"The shared corpus folder {dir} is missing in CI.");
            Skip.If(true, $"The shared corpus folder {dir} is absent on this machine; corpus tests need it.");
            return dir;
        }
    }

    /// <summary>Path of a corpus file such as <c>postgresql/pagila.sql</c>.</summary>
    public static string CorpusFile(string relative) => Path.Combine(CorpusDirectory, relative);

    /// <summary>The repository root (the folder holding DesignStudio.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DesignStudio.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("DesignStudio.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static string Require(string variable, string what)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(value)) return value;
        if (InCi) throw new InvalidOperationException($"{variable} is not set in CI: scripts/test.sh must start the {what}.");
        Skip.If(true, $"{variable} is not set: run scripts/test.sh, which starts the {what}.");
        return "";
    }
}
