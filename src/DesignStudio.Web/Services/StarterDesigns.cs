using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;

namespace DesignStudio.Web.Services;

/// <summary>Designs a new project can start from: an empty design or one of the shipped samples (samples/*.design.json).</summary>
public static class StarterDesigns
{
    /// <summary>Template key of the empty design.</summary>
    public const string Empty = "empty";

    /// <summary>The templates on offer: key and label.</summary>
    public static IReadOnlyList<(string Key, string Label)> Templates { get; } =
        [(Empty, "Empty design"), .. SampleDesigns.All.Select(s => (s.Key, s.Title))];

    /// <summary>The design for a template key, named <paramref name="name"/>.</summary>
    public static Design Create(string key, string name) =>
        key == Empty ? new Design { Name = name } : SampleDesigns.Load(key) with { Name = name };

    /// <summary>The blog example (samples/blog.design.json).</summary>
    public static Design Blog() => SampleDesigns.Blog();
}
