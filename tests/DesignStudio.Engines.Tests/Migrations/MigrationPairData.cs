using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Engines.Tests.Migrations;

/// <summary>Theory data: the names of the migration version pairs.</summary>
public static class MigrationPairData
{
    /// <summary>Every pair.</summary>
    public static TheoryData<string> Pairs => new(TestDesigns.MigrationPairs);
}
