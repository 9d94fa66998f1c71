using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Analysis.Lint;

/// <summary>Shared helpers for the lint rule tests.</summary>
internal static class LintTestSupport
{
    public static Design DesignOf(params TableBuilder[] tables) => new() { Name = "test", Tables = tables.Select(t => t.Build()).ToValueList() };

    /// <summary>Runs one rule directly (no runner filtering) and returns its findings.</summary>
    public static IReadOnlyList<LintFinding> Check(ILintRule rule, Design design, LintOptions? options = null) =>
        rule.Check(new LintContext(design, options ?? LintOptions.Default)).ToList();

    public static IReadOnlyList<LintFinding> Check(ILintRule rule, Design design, string dialect) =>
        Check(rule, design, new LintOptions { Dialect = dialect });

    /// <summary>A users table with a bigint identity key, the usual reference target.</summary>
    public static TableBuilder Users() => new TableBuilder("users").Column("id", LogicalType.Int64, identity: IdentityKind.Always)
        .Column("email", LogicalType.Varchar(255)).Key("id");

    /// <summary>Applies a finding's quick fix, failing when it has none.</summary>
    public static Design ApplyFix(LintFinding finding, Design design)
    {
        Assert.NotNull(finding.QuickFix);
        return finding.QuickFix!.Apply(design);
    }
}
