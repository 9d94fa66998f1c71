using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Tests.Analysis.IndexAdvisor;

public class WorkloadFileTests
{
    [Fact]
    public void Splits_queries_at_semicolons_outside_strings_and_reads_frequency_comments()
    {
        const string text = "-- frequency: 100\nSELECT id FROM users WHERE email = 'a;b';\n\n" +
                            "-- the feed\n-- frequency: 2.5\nSELECT title FROM posts;\nDELETE FROM posts WHERE id = 1";
        var (queries, diagnostics) = WorkloadFile.Parse(text, DialectNames.PostgreSql);
        Assert.Empty(diagnostics);
        Assert.Equal([("SELECT id FROM users WHERE email = 'a;b'", 100.0), ("SELECT title FROM posts", 2.5), ("DELETE FROM posts WHERE id = 1", 1.0)],
            queries.Select(q => (q.Sql, q.Frequency)));
        Assert.Equal([2, 6, 7], queries.Select(q => q.Line!.Value));
    }

    [Fact]
    public void Reports_a_frequency_that_is_not_a_positive_number()
    {
        var (queries, diagnostics) = WorkloadFile.Parse("-- frequency: often\nSELECT 1 FROM posts", DialectNames.MySql);
        Assert.Equal(1.0, Assert.Single(queries).Frequency);
        Assert.Equal(WorkloadFile.BadFrequency, Assert.Single(diagnostics).Code);
    }
}
