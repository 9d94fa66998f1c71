namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>One query of a workload with its relative frequency (how often it runs compared with the others).</summary>
/// <param name="Sql">The query text (SELECT, UPDATE or DELETE; placeholders such as <c>$1</c> or <c>?</c> allowed).</param>
/// <param name="Frequency">Relative frequency; 1 when not stated.</param>
public sealed record WorkloadQuery(string Sql, double Frequency = 1)
{
    /// <summary>1-based line of the query in its workload file, when it came from one.</summary>
    public int? Line { get; init; }

    /// <summary>The query's name, when it came from the design's workload and has one.</summary>
    public string? Name { get; init; }
}
