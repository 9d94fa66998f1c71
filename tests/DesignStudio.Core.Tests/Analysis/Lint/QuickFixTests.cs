using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

/// <summary>Every quick fix, applied to a design full of problems, resolves its own finding and nothing breaks.</summary>
public class QuickFixTests
{
    private static Design Messy() => DesignOf(
        new TableBuilder("users").Column("id", LogicalType.Int64).Column("email", LogicalType.Of(TypeKind.Varchar))
            .Column("password", LogicalType.Varchar(40)).Column("createdAt", LogicalType.Of(TypeKind.Timestamp)).Key("id"),
        new TableBuilder("posts").Column("id", LogicalType.Uuid).Column("user_id", LogicalType.Int64).Column("editor_id", LogicalType.Int64, nullable: true)
            .Column("price", LogicalType.Of(TypeKind.Float64)).Column("slug", LogicalType.Text).Column("title", LogicalType.Varchar(200)).Key("id")
            .ForeignKey("user_id", "users", onDelete: null).ForeignKey("editor_id", "users", ReferentialAction.SetNull)
            .Index("posts_slug_idx", "slug").Index("ix_posts_title", "title").Index("ix_posts_title_2", "title").Index("ix_posts_id", "id"),
        new TableBuilder("audit_log").Column("message", LogicalType.Text),
        new TableBuilder("shipments").Column("id", LogicalType.Int64).Column("warehouse_id", LogicalType.Int64).Column("product_id", LogicalType.Int64, nullable: true)
            .Key("id").ForeignKey(["warehouse_id", "product_id"], "stock", ["warehouse_id", "product_id"], ReferentialAction.Restrict)
            .Index("ix_shipments_warehouse_id_product_id", "warehouse_id", "product_id"),
        new TableBuilder("bookings").Column("id", LogicalType.Int64).Column("guest_id", LogicalType.Int64).Column("room_id", LogicalType.Int64)
            .Column("agent_id", LogicalType.Int64).Key("id").ForeignKey("guest_id", "users").ForeignKey("room_id", "users").ForeignKey("agent_id", "users"));

    public static TheoryData<string?> Dialects() => [null, DialectNames.PostgreSql, DialectNames.MySql, DialectNames.SqlServer];

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Each_quick_fix_resolves_its_finding(string? dialect)
    {
        var options = new LintOptions
        {
            Dialect = dialect,
            Naming = new NamingConventions { Case = IdentifierCase.SnakeCase, TableNames = TableNameNumber.Plural },
        };
        var runner = new LintRunner();
        var design = Messy();
        var findings = runner.Run(design, options).Findings;
        var fixable = findings.Where(f => f.QuickFix is not null).ToList();
        var expected = new List<string> { "LN001", "LN002", "LN003", "LN005", "LN006", "LN007", "LN009", "LN013", "LN014", "LN016", "LN017", "LN018", "LN021" };
        if (dialect == DialectNames.PostgreSql) expected.Add("LN008");
        if (dialect == DialectNames.MySql) expected.Add("LN010");
        if (dialect is DialectNames.MySql or DialectNames.SqlServer) expected.Add("LN011");
        Assert.Equal(expected.Order(), fixable.Select(f => f.Code).Distinct().Order());
        foreach (var f in fixable)
        {
            var fixedDesign = f.QuickFix!.Apply(design);
            Assert.NotEqual(design, fixedDesign);
            var after = runner.Run(fixedDesign, options).Findings;
            Assert.DoesNotContain(after, a => a.Code == f.Code && a.ObjectId == f.ObjectId);
            Assert.Equal(fixedDesign, f.QuickFix.Apply(design)); // pure: same input, same output
        }
    }

    [Fact]
    public void Quick_fix_on_a_design_without_its_target_returns_that_design_unchanged()
    {
        var design = Messy();
        var f = new LintRunner().Run(design).Findings.First(x => x.Code == "LN002");
        var other = DesignOf(Users());
        Assert.Equal(other, f.QuickFix!.Apply(other));
    }
}
