using DesignStudio.Core.Model;

namespace DesignStudio.Web.Services;

/// <summary>What the DDL panel needs: the dialects on offer and a design's DDL in one of them.</summary>
public interface IDdlSource
{
    /// <summary>Dialect names (see <see cref="Core.Dialects.DialectNames"/>) with display names, in display order.</summary>
    IReadOnlyList<(string Name, string DisplayName)> Dialects { get; }

    /// <summary>The DDL script for <paramref name="design"/> in <paramref name="dialect"/>.</summary>
    DdlPreview Generate(Design design, string dialect);
}
