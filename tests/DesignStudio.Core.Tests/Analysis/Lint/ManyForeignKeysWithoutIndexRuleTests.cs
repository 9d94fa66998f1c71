using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class ManyForeignKeysWithoutIndexRuleTests
{
    private readonly ManyForeignKeysWithoutIndexRule rule = new();

    private static TableBuilder Bookings() => new TableBuilder("bookings").Column("id", LogicalType.Int64)
        .Column("guest_id", LogicalType.Int64).Column("room_id", LogicalType.Int64).Column("agent_id", LogicalType.Int64).Key("id")
        .ForeignKey("guest_id", "guests").ForeignKey("room_id", "rooms").ForeignKey("agent_id", "agents");

    [Fact]
    public void Reports_table_with_three_foreign_keys_and_only_a_primary_key()
    {
        Assert.Equal("tbl_bookings", Assert.Single(Check(rule, DesignOf(Bookings()))).ObjectId);
    }

    [Fact]
    public void Any_index_or_unique_constraint_or_fewer_foreign_keys_silences_it()
    {
        Assert.Empty(Check(rule, DesignOf(Bookings().Index("ix_bookings_room_id", "room_id"))));
        Assert.Empty(Check(rule, DesignOf(Bookings().Unique("room_id", "guest_id"))));
        Assert.Empty(Check(rule, DesignOf(Bookings()), new LintOptions { ManyForeignKeysThreshold = 4 }));
    }

    [Fact]
    public void Quick_fix_indexes_every_foreign_key_the_primary_key_does_not_lead()
    {
        var junction = new TableBuilder("enrolments").Column("student_id", LogicalType.Int64).Column("course_id", LogicalType.Int64)
            .Column("term_id", LogicalType.Int64).Key("student_id", "course_id", "term_id")
            .ForeignKey("student_id", "students").ForeignKey("course_id", "courses").ForeignKey("term_id", "terms");
        var design = DesignOf(junction);
        var fixedDesign = ApplyFix(Check(rule, design).Single(), design);
        Assert.Equal(["ix_enrolments_course_id", "ix_enrolments_term_id"], fixedDesign.Tables[0].Indexes.Select(i => i.Name));
        Assert.Empty(Check(new ForeignKeyWithoutIndexRule(), fixedDesign));
    }
}
