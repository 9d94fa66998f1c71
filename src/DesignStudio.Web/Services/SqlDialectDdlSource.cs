using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Web.Services;

/// <summary>
/// DDL from the <see cref="ISqlDialect"/> instances registered in DI (see
/// <see cref="ServiceCollectionExtensions.AddDesignStudio"/>), in <see cref="DialectNames.All"/> order.
/// </summary>
public sealed class SqlDialectDdlSource : IDdlSource
{
    private readonly Dictionary<string, ISqlDialect> dialects;

    /// <summary>Uses the registered dialects.</summary>
    public SqlDialectDdlSource(IEnumerable<ISqlDialect> registered)
    {
        dialects = registered.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
        Dialects = dialects.Values
            .OrderBy(d => DialectNames.All.ToList().IndexOf(d.Name) is var i and >= 0 ? i : int.MaxValue)
            .Select(d => (d.Name, d.DisplayName)).ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<(string Name, string DisplayName)> Dialects { get; }

    /// <inheritdoc />
    public DdlPreview Generate(Design design, string dialect)
    {
        var script = dialects[dialect].GenerateDdl(design);
        return new DdlPreview(dialect, script.ToText(), script.Diagnostics);
    }
}
