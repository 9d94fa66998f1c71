namespace DesignStudio.Cli.Tests;

/// <summary>A design file in a fresh temporary folder, deleted with the test.</summary>
internal sealed class TempDesignFile : IDisposable
{
    private readonly string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "designstudio-cli-tests-" + Guid.NewGuid().ToString("N"));

    public TempDesignFile(string content)
    {
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, "design.json");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
