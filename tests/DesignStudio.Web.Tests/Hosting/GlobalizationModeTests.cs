using System.Text.Json;

namespace DesignStudio.Web.Tests.Hosting;

/// <summary>
/// The studio runs with ICU: Microsoft.Data.SqlClient refuses SQL Server connections in globalization-invariant mode,
/// so the flag in the studio's runtimeconfig (what the published app obeys) must be off.
/// </summary>
public sealed class GlobalizationModeTests
{
    [Fact]
    public void Studio_runtimeconfig_turns_globalization_invariant_mode_off()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DesignStudio.Web.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(properties.GetProperty("System.Globalization.Invariant").GetBoolean());
    }
}
