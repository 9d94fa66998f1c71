using DesignStudio.Core.Model;

namespace DesignStudio.Core.Samples;

/// <summary>A sample design offered as a starter template ("new project from template").</summary>
/// <param name="Key">Stable key, e.g. <c>blog</c> (the file <c>samples/blog.design.json</c>).</param>
/// <param name="Title">Name shown in the picker.</param>
/// <param name="Description">One sentence on what the sample shows.</param>
public sealed record SampleDesign(string Key, string Title, string Description)
{
    /// <summary>The design file's text exactly as shipped.</summary>
    public string ReadJson() => SampleDesigns.ReadJson(Key);

    /// <summary>A fresh copy of the design.</summary>
    public Design Load() => SampleDesigns.Load(Key);
}
