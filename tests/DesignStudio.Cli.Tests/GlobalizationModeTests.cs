using System.Text.Json;

namespace DesignStudio.Cli.Tests;

/// <summary>
/// The shipped <c>designstudio</c> runs with ICU: Microsoft.Data.SqlClient refuses SQL Server connections in
/// globalization-invariant mode, so the flag in its runtimeconfig (what <c>dotnet designstudio.dll</c> obeys) must be off.
/// </summary>
public sealed class GlobalizationModeTests
{
    [Fact]
    public void Cli_runtimeconfig_turns_globalization_invariant_mode_off()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "designstudio.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(properties.GetProperty("System.Globalization.Invariant").GetBoolean());
    }
}
