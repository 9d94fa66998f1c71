namespace DesignStudio.Core.Serialization;

/// <summary>The registered format upgrades, oldest first.</summary>
public static class DesignFormatUpgrades
{
    /// <summary>
    /// Every upgrade step. Version 1 is the first format, so there is none yet; when version 2 arrives, its
    /// <c>V1ToV2</c> step goes here and <see cref="DesignFile.CurrentVersion"/> becomes 2.
    /// </summary>
    public static IReadOnlyList<IDesignFormatUpgrade> All { get; } = [];
}
