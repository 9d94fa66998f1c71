using System.Reflection;
using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Core.Samples;

/// <summary>The sample designs shipped inside Core (embedded from <c>samples/*.design.json</c>).</summary>
public static class SampleDesigns
{
    private const string ResourcePrefix = "DesignStudio.Core.Samples.";

    /// <summary>Users, posts, tags and post_tags: keys, a unique email, an enum, cascades, partial/covering/full-text indexes.</summary>
    public static SampleDesign BlogSample { get; } = new("blog", "Blog",
        "Users write posts with tags: identity keys, a unique email, a status enum, cascading foreign keys, partial, covering and full-text indexes, and updated_at kept current.");

    /// <summary>Every sample, in picker order.</summary>
    public static IReadOnlyList<SampleDesign> All { get; } = [BlogSample];

    /// <summary>The blog sample design.</summary>
    public static Design Blog() => BlogSample.Load();

    /// <summary>The shipped text of sample <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">No sample has that key.</exception>
    public static string ReadJson(string key)
    {
        using var stream = typeof(SampleDesigns).Assembly.GetManifestResourceStream(ResourcePrefix + key + ".design.json")
            ?? throw new ArgumentException($"No sample design '{key}'.", nameof(key));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Loads sample <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">No sample has that key.</exception>
    /// <exception cref="InvalidOperationException">The shipped file does not read: a build defect, caught by the sample tests.</exception>
    public static Design Load(string key)
    {
        var result = DesignFile.Read(ReadJson(key));
        return result.Design ?? throw new InvalidOperationException(
            $"Sample design '{key}' does not read: {string.Join("; ", result.Diagnostics)}");
    }

    /// <summary>The keys of the embedded resources, to check that <see cref="All"/> lists every shipped file.</summary>
    internal static IEnumerable<string> EmbeddedKeys() =>
        typeof(SampleDesigns).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".design.json", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".design.json".Length]);
}
