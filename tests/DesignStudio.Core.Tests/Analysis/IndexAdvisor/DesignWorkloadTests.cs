using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Analysis.IndexAdvisor;

public class DesignWorkloadTests
{
    [Fact]
    public void Design_workload_becomes_advisor_queries_with_names_and_frequencies()
    {
        var design = new Design
        {
            Workload =
            [
                new WorkloadEntry { Id = "a", Name = "feed", Sql = "SELECT 1", Frequency = 40 },
                new WorkloadEntry { Id = "b", Sql = "SELECT 2" },
            ],
        };
        var queries = DesignWorkload.Queries(design);
        Assert.Equal([("SELECT 1", 40.0, "feed"), ("SELECT 2", 1.0, (string?)null)], queries.Select(q => (q.Sql, q.Frequency, q.Name)));
    }

    [Fact]
    public void Workload_dialect_is_the_one_its_entries_agree_on_or_the_fallback()
    {
        var mysql = new Design { Workload = [new WorkloadEntry { Id = "a", Sql = "x", Dialect = "mysql" }, new WorkloadEntry { Id = "b", Sql = "y" }] };
        Assert.Equal("mysql", DesignWorkload.Dialect(mysql, "postgres"));
        var mixed = mysql with { Workload = mysql.Workload.Add(new WorkloadEntry { Id = "c", Sql = "z", Dialect = "sqlite" }) };
        Assert.Equal("postgres", DesignWorkload.Dialect(mixed, "postgres"));
    }
}
