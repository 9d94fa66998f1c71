using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class NoPrimaryKeyRuleTests
{
    private readonly NoPrimaryKeyRule rule = new();

    [Fact]
    public void Reports_table_without_primary_key()
    {
        var design = DesignOf(Users(), new TableBuilder("audit_log").Column("message", LogicalType.Text));
        var f = Assert.Single(Check(rule, design));
        Assert.Equal("LN001", f.Code);
        Assert.Equal("tbl_audit_log", f.ObjectId);
        Assert.Equal("tables/audit_log", f.Path);
    }

    [Fact]
    public void Accepts_tables_with_single_or_composite_primary_keys()
    {
        var tags = new TableBuilder("post_tags").Column("post_id", LogicalType.Int64).Column("tag_id", LogicalType.Int64).Key("post_id", "tag_id");
        Assert.Empty(Check(rule, DesignOf(Users(), tags)));
    }

    [Fact]
    public void Quick_fix_promotes_an_existing_id_column_to_not_null_primary_key()
    {
        var design = DesignOf(new TableBuilder("events").Column("id", LogicalType.Int64, nullable: true).Column("name", LogicalType.Text));
        var fixedDesign = ApplyFix(Check(rule, design).Single(), design);
        var t = fixedDesign.Tables[0];
        Assert.Equal(["col_events_id"], t.PrimaryKey!.ColumnIds);
        Assert.False(t.GetColumn("col_events_id").Nullable);
        Assert.Empty(Check(rule, fixedDesign));
    }

    [Fact]
    public void Quick_fix_adds_an_identity_key_column_when_there_is_no_id_and_is_deterministic()
    {
        var design = DesignOf(new TableBuilder("events").Column("name", LogicalType.Text));
        var fix = Check(rule, design).Single().QuickFix!;
        var once = fix.Apply(design);
        Assert.Equal(once, fix.Apply(design));
        var t = once.Tables[0];
        Assert.Equal("id", t.Columns[0].Name);
        Assert.Equal(IdentityKind.Always, t.Columns[0].Identity);
        Assert.Equal([t.Columns[0].Id], t.PrimaryKey!.ColumnIds);
        Assert.Equal(once, fix.Apply(once)); // applying again changes nothing
    }
}
