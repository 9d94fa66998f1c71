using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class UnindexableTextKeyRuleTests
{
    private readonly UnindexableTextKeyRule rule = new();

    private static TableBuilder Articles() => new TableBuilder("articles")
        .Column("id", LogicalType.Int64).Column("slug", LogicalType.Text).Column("body", LogicalType.Text)
        .Column("meta", LogicalType.Of(TypeKind.Json)).Column("code", LogicalType.Varchar(40))
        .Column("digest", LogicalType.Of(TypeKind.Binary)).Column("label", LogicalType.Of(TypeKind.Varchar))
        .Column("essay", LogicalType.Varchar(20000)).Column("tags", LogicalType.Int64.AsArray()).Key("id");

    [Theory]
    [InlineData("slug")]
    [InlineData("meta")]
    [InlineData("digest")]
    [InlineData("label")]
    [InlineData("essay")]
    [InlineData("tags")]
    public void Reports_text_json_or_blob_index_part_without_prefix(string column)
    {
        var f = Assert.Single(Check(rule, DesignOf(Articles().Index("ix_x", column)), DialectNames.MySql));
        Assert.Equal("idx_ix_x", f.ObjectId);
        Assert.Contains(column, f.Message);
    }

    [Fact]
    public void Accepts_prefixed_text_bounded_varchar_and_fulltext_indexes()
    {
        var design = DesignOf(Articles().Index("ix_slug", "slug(100)").Index("ix_code", "code")
            .Index("ft_body", ["body"], ix => ix with { Method = IndexMethod.FullText }));
        Assert.Empty(Check(rule, design, DialectNames.MariaDb));
    }

    [Fact]
    public void Reports_text_in_primary_key_or_unique_constraint()
    {
        var keyed = new TableBuilder("pages").Column("path", LogicalType.Text).Column("title", LogicalType.Text).Key("path").Unique("title");
        var findings = Check(rule, DesignOf(keyed), DialectNames.MySql);
        Assert.Equal(["pk_pages", "uq_pages_title"], findings.Select(f => f.ObjectId));
    }

    [Fact]
    public void MariaDB_only_warns_for_indexes_and_unique_constraints_but_rejects_text_primary_keys()
    {
        var keyed = new TableBuilder("pages").Column("path", LogicalType.Text).Column("title", LogicalType.Text).Key("path").Unique("title")
            .Index("ix_pages_title", "title");
        var bySeverity = Check(rule, DesignOf(keyed), DialectNames.MariaDb).ToDictionary(f => f.ObjectId, f => f.Severity);
        Assert.Equal(Severity.Error, bySeverity["pk_pages"]);
        Assert.Equal(Severity.Warning, bySeverity["uq_pages_title"]);
        Assert.Equal(Severity.Warning, bySeverity["idx_ix_pages_title"]);
        Assert.All(Check(rule, DesignOf(keyed), DialectNames.MySql), f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void A_mysql_native_type_override_decides_indexability()
    {
        var overridden = Articles().With(t => t with
        {
            Columns = t.Columns.Replace(c => c.Name == "slug", c => c with { NativeTypes = [new NativeTypeOverride("mysql", "varchar(191)")] }),
        }).Index("ix_slug", "slug");
        Assert.Empty(Check(rule, DesignOf(overridden), DialectNames.MySql));
    }

    [Fact]
    public void Quick_fix_adds_a_prefix_length_to_text_parts_but_json_has_none()
    {
        var design = DesignOf(Articles().Index("ix_slug", "slug"));
        var fixedDesign = ApplyFix(Check(rule, design, DialectNames.MySql).Single(), design);
        Assert.Equal(UnindexableTextKeyRule.SuggestedPrefixLength, fixedDesign.Tables[0].Indexes[0].Parts[0].PrefixLength);
        Assert.Empty(Check(rule, fixedDesign, DialectNames.MySql));
        Assert.Null(Check(rule, DesignOf(Articles().Index("ix_meta", "meta")), DialectNames.MySql).Single().QuickFix);
    }
}
