using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.MigrationSafety;

/// <summary>Runs every migration safety check over a planned migration.</summary>
public static class MigrationSafetyAnalyzer
{
    /// <summary>All checks, in code order.</summary>
    public static IReadOnlyList<MigrationSafetyCheck> Checks { get; } =
    [
        new IndexWithoutConcurrentlyCheck(), new NotNullColumnWithoutDefaultCheck(), new TableRewriteCheck(),
        new ConstraintWithoutNotValidCheck(), new SetNotNullOnBigTableCheck(), new DropOrRenameColumnCheck(),
        new UniqueWithoutConcurrentIndexCheck(),
    ];

    /// <summary>The findings for <paramref name="plan"/>, planned from <paramref name="from"/>.</summary>
    public static IReadOnlyList<Diagnostic> Analyze(MigrationPlan plan, Design from, MigrationOptions? options = null)
    {
        var context = new MigrationSafetyContext(plan, from, options ?? MigrationOptions.Default);
        return Checks.SelectMany(c => c.Check(context)).ToList();
    }
}
