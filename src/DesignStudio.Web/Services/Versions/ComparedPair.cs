using DesignStudio.Core.Model;

namespace DesignStudio.Web.Services.Versions;

/// <summary>Two designs to compare: a committed version and another version or the working design (<paramref name="ToVersion"/> null).</summary>
public sealed record ComparedPair(int FromVersion, int? ToVersion, Design From, Design To, string FromLabel, string ToLabel)
{
    /// <summary>
    /// The migration's name in file names when the pair is not two versions of a project (e.g. two imported SQL
    /// schemas); null for a version pair, named after its versions.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>Two designs outside any project (the version numbers are unused), named <paramref name="name"/> in files.</summary>
    public static ComparedPair Unversioned(Design from, Design to, string fromLabel, string toLabel, string name) =>
        new(0, null, from, to, fromLabel, toLabel) { Name = name };
}
