using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>Theory data: the test designs, alone or crossed with dialects.</summary>
public static class DdlDesignData
{
    /// <summary>Every test design name.</summary>
    public static TheoryData<string> Designs()
    {
        var data = new TheoryData<string>();
        foreach (var n in TestDesigns.Names) data.Add(n);
        return data;
    }

    /// <summary>The MySQL and MariaDB dialects crossed with every design (both run on the MariaDB server).</summary>
    public static TheoryData<string, string> MySqlFamily()
    {
        var data = new TheoryData<string, string>();
        foreach (var d in new[] { "mysql", "mariadb" })
        {
            foreach (var n in TestDesigns.Names) data.Add(d, n);
        }
        return data;
    }
}
