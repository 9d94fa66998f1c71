using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class LintQuickFixOperationTests
{
    private static Design Unindexed() => DesignOf(
        Users(),
        new TableBuilder("posts").Column("id", LogicalType.Int64).Column("user_id", LogicalType.Int64).Key("id")
            .ForeignKey("user_id", "users", ReferentialAction.Cascade));

    [Fact]
    public void Quick_fix_as_operation_resolves_the_finding_and_undoes_in_an_edit_session()
    {
        var design = Unindexed();
        var finding = new LintRunner().Run(design).Findings.First(f => f.Code == "LN002");
        var operation = LintQuickFixOperation.For(design, finding.QuickFix!);
        var session = new EditSession(design);

        Assert.True(session.Apply(operation!).Succeeded);
        Assert.DoesNotContain(new LintRunner().Run(session.Design).Findings, f => f.Code == "LN002");
        Assert.Equal(finding.QuickFix!.Title, ((CompositeOperation)operation!).Label);

        session.Undo();
        Assert.Equal(design, session.Design);
    }

    [Fact]
    public void Stale_quick_fix_gives_no_operation()
    {
        var design = Unindexed();
        var fix = new LintRunner().Run(design).Findings.First(f => f.Code == "LN002").QuickFix!;
        var repaired = fix.Apply(design);
        Assert.Null(LintQuickFixOperation.For(repaired, fix));
    }

    [Fact]
    public void Every_fixable_finding_of_a_messy_design_becomes_an_applicable_operation()
    {
        var design = DesignOf(
            new TableBuilder("Users").Column("id", LogicalType.Int64).Column("price", LogicalType.Of(TypeKind.Float64)).Key("id"),
            new TableBuilder("posts").Column("id", LogicalType.Int64).Column("user_id", LogicalType.Int64).Key("id").ForeignKey("user_id", "Users", onDelete: null));
        var options = new LintOptions { Naming = new NamingConventions { Case = IdentifierCase.SnakeCase } };
        foreach (var finding in new LintRunner().Run(design, options).Findings.Where(f => f.QuickFix is not null))
        {
            var operation = LintQuickFixOperation.For(design, finding.QuickFix!);
            Assert.NotNull(operation);
            var result = operation!.Apply(design);
            Assert.True(result.Succeeded, finding.Code + ": " + string.Join("; ", result.Diagnostics));
            Assert.Equal(design, result.Inverse!.Apply(result.Design!).Design);
        }
    }

    [Fact]
    public void Design_naming_conventions_drive_the_lint_options()
    {
        var design = DesignOf(new TableBuilder("OrderItems").Column("Id", LogicalType.Int64).Key("Id"))
            with { NamingConventions = new NamingConventions { Case = IdentifierCase.PascalCase, TableNames = TableNameNumber.Plural } };
        var withDesign = new LintRunner().Run(design, DesignLintOptions.For(design)).Findings;
        var withSnake = new LintRunner().Run(design, new LintOptions { Naming = new NamingConventions { Case = IdentifierCase.SnakeCase } }).Findings;
        Assert.DoesNotContain(withDesign, f => f.Code == "LN016");
        Assert.Contains(withSnake, f => f.Code == "LN016");
    }
}
