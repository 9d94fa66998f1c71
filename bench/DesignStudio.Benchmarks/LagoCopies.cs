using System.Text;

namespace DesignStudio.Benchmarks;

/// <summary>
/// The PostgreSQL import workload: the largest PostgreSQL corpus file (lago.sql, 511 KB, read from the shared corpus at
/// run time) and synthetic files N times as large (N copies with every "public." schema renamed copyI., so the copies
/// are distinct tables and every foreign key still resolves within its copy).
/// </summary>
internal static class LagoCopies
{
    private static readonly Lazy<string> Lago = new(() =>
    {
        var corpus = Environment.GetEnvironmentVariable("DESIGNSTUDIO_CORPUS")
            ?? Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared", "corpus"));
        return File.ReadAllText(Path.Combine(corpus, "postgresql", "lago.sql"));
    });

    /// <summary>lago.sql as it is.</summary>
    public static string Original => Lago.Value;

    /// <summary>The synthetic file <paramref name="copies"/> times as large.</summary>
    public static string Times(int copies)
    {
        var lago = Lago.Value;
        var sb = new StringBuilder(lago.Length * copies + 1000);
        for (var i = 0; i < copies; i++)
        {
            sb.Append(lago.Replace("public.", $"copy{i}.", StringComparison.Ordinal)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Size of <see cref="Times"/>(<paramref name="copies"/>) in millions of characters (MB for this ASCII file).</summary>
    public static double Megabytes(int copies) => Times(copies).Length / 1e6;

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DesignStudio.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("DesignStudio.sln not found");
    }
}
