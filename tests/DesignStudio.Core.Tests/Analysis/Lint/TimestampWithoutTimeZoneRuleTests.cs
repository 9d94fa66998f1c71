using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class TimestampWithoutTimeZoneRuleTests
{
    private readonly TimestampWithoutTimeZoneRule rule = new();

    private static TableBuilder Events(LogicalType type) =>
        new TableBuilder("events").Column("id", LogicalType.Int64).Column("happened_at", type).Key("id");

    [Fact]
    public void Reports_timestamp_without_time_zone()
    {
        var f = Assert.Single(Check(rule, DesignOf(Events(LogicalType.Of(TypeKind.Timestamp))), DialectNames.PostgreSql));
        Assert.Equal("col_events_happened_at", f.ObjectId);
    }

    [Fact]
    public void Accepts_timestamptz_and_a_timestamptz_native_override()
    {
        Assert.Empty(Check(rule, DesignOf(Events(LogicalType.TimestampTz)), DialectNames.PostgreSql));
        var overridden = Events(LogicalType.Of(TypeKind.Timestamp)).With(t => t with
        {
            Columns = t.Columns.Replace(c => c.Name == "happened_at", c => c with { NativeTypes = [new NativeTypeOverride("postgres", "timestamp(3) with time zone")] }),
        });
        Assert.Empty(Check(rule, DesignOf(overridden), DialectNames.PostgreSql));
    }

    [Fact]
    public void Runs_only_for_postgresql()
    {
        var design = DesignOf(Events(LogicalType.Of(TypeKind.Timestamp)));
        var runner = new LintRunner([rule]);
        Assert.Single(runner.Run(design, new LintOptions { Dialect = DialectNames.PostgreSql }).Findings);
        Assert.Empty(runner.Run(design, new LintOptions { Dialect = DialectNames.MySql }).Findings);
        Assert.Empty(runner.Run(design, new LintOptions()).Findings);
    }

    [Fact]
    public void Quick_fix_keeps_the_precision()
    {
        var design = DesignOf(Events(new LogicalType { Kind = TypeKind.Timestamp, Precision = 3 }));
        var fixedDesign = ApplyFix(Check(rule, design, DialectNames.PostgreSql).Single(), design);
        Assert.Equal(new LogicalType { Kind = TypeKind.TimestampTz, Precision = 3 }, fixedDesign.Tables[0].Columns[1].Type);
    }
}
