using System.Globalization;
using System.Text.RegularExpressions;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Import;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>
/// Reads a workload file: queries separated by <c>;</c>, each optionally preceded by a comment
/// <c>-- frequency: 100</c>. Statements are split by the import tokenizer, so semicolons inside strings and comments
/// are honoured.
/// </summary>
public static partial class WorkloadFile
{
    /// <summary>Diagnostic code for a frequency comment that is not a positive number.</summary>
    public const string BadFrequency = "IX900";

    /// <summary>Splits <paramref name="text"/> into workload queries.</summary>
    public static (IReadOnlyList<WorkloadQuery> Queries, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string dialect)
    {
        var script = SqlTokenizer.Tokenize(text, QueryAnalyzer.RulesFor(dialect));
        var queries = new List<WorkloadQuery>();
        var diagnostics = new List<Diagnostic>(script.Diagnostics);
        var previousEnd = 0;
        foreach (var span in script.Statements)
        {
            if (span.TokenCount == 0) continue;
            var first = script.Tokens[span.FirstToken];
            var gap = text[previousEnd..first.Start];
            var frequency = 1.0;
            var matches = FrequencyComment().Matches(gap);
            if (matches.Count > 0)
            {
                var value = matches[^1].Groups[1].Value;
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out frequency) || frequency <= 0)
                {
                    diagnostics.Add(new Diagnostic(BadFrequency, Severity.Warning, "workload",
                        $"The frequency '{value}' is not a positive number; 1 is used.") { Position = script.PositionOf(first.Start) });
                    frequency = 1;
                }
            }
            queries.Add(new WorkloadQuery(script.TextOf(span), frequency) { Line = script.PositionOf(first.Start).Line });
            previousEnd = script.Tokens[span.EndToken - 1].End;
        }
        return (queries, diagnostics);
    }

    [GeneratedRegex(@"--\s*frequency\s*:\s*(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex FrequencyComment();
}
