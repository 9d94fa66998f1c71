using DesignStudio.Core.Analysis.NormalForms.Decompositions;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms.Tables;

/// <summary>Analyses a table of a design: 1NF checks, dependency analysis, hints and decomposition proposals.</summary>
public static class TableNormalFormAnalyzer
{
    /// <summary>Analyses <paramref name="table"/>; <paramref name="sample"/> optionally holds rows of values in column order.</summary>
    public static TableNormalization Analyze(Design design, Table table, IReadOnlyList<IReadOnlyList<string?>>? sample = null, CandidateKeyOptions? options = null)
    {
        var relation = TableRelation.From(table);
        var analysis = NormalFormAnalyzer.Analyze(relation.Relation, options);
        return new TableNormalization
        {
            TableId = table.Id,
            Relation = relation,
            Analysis = analysis,
            FirstNormalFormFindings = FirstNormalFormChecker.Check(table, sample),
            Hints = [.. DependencyHintFinder.Find(design, table).Where(h => !table.DismissedHintIds.Contains(h.Id))],
            ThirdNormalFormProposal = analysis.NormalForm < NormalForm.Third ? ThirdNormalFormSynthesizer.Synthesize(relation.Relation) : null,
            BcnfProposal = analysis.NormalForm < NormalForm.BoyceCodd ? BcnfDecomposer.Decompose(relation.Relation) : null,
            Diagnostics = relation.Diagnostics,
        };
    }
}
