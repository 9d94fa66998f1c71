using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms.Tables;

/// <summary>Builds the <see cref="NormalizationReport"/> of a whole design.</summary>
public static class DesignNormalizationAnalyzer
{
    /// <summary>Analyses every table of <paramref name="design"/>.</summary>
    public static NormalizationReport Analyze(Design design, CandidateKeyOptions? options = null) =>
        new(design.Tables.Select(t => TableNormalFormAnalyzer.Analyze(design, t, null, options)).ToList());
}
