using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>Lint options that honour what the design stores about itself.</summary>
public static class DesignLintOptions
{
    /// <summary><paramref name="options"/> (default: <see cref="LintOptions.Default"/>) with the design's naming conventions, when it has any.</summary>
    public static LintOptions For(Design design, LintOptions? options = null)
    {
        options ??= LintOptions.Default;
        return design.NamingConventions is { } naming ? options with { Naming = naming } : options;
    }
}
