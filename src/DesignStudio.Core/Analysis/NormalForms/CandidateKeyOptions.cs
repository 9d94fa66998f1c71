namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>Limits for candidate-key enumeration, which can be exponential in the number of keys it must list.</summary>
/// <param name="MaxKeys">Stop after this many keys.</param>
/// <param name="MaxWork">Stop after this many work units (one per key-containment test, one per dependency in each closure).</param>
public sealed record CandidateKeyOptions(int MaxKeys = 10_000, long MaxWork = 400_000_000)
{
    /// <summary>The defaults: 10,000 keys, 400 million work units (about a second).</summary>
    public static CandidateKeyOptions Default { get; } = new();
}
