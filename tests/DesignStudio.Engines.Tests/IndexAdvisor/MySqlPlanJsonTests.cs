using DesignStudio.Engines.IndexAdvisor;

namespace DesignStudio.Engines.Tests.IndexAdvisor;

public class MySqlPlanJsonTests
{
    // Shapes as MariaDB 10.11 and MySQL 8 print them.
    private const string MariaDbFilesort = """
        {"query_block": {"select_id": 1, "nested_loop": [{"read_sorted_file": {"filesort": {"sort_key": "p.c desc",
          "table": {"table_name": "p", "access_type": "ALL", "rows": 50245, "filtered": 100, "attached_condition": "p.u = 5"}}}}]}}
        """;

    private const string MySqlRef = """
        {"query_block": {"select_id": 1, "cost_info": {"query_cost": "12.50"}, "ordering_operation": {"using_filesort": false,
          "table": {"table_name": "posts", "access_type": "ref", "key": "ix_posts_user_id", "rows_examined_per_scan": 10}}}}
        """;

    [Fact]
    public void MariaDB_plan_has_no_cost_and_names_the_scan_and_the_sort()
    {
        var (cost, summary, indexes) = MySqlPlanJson.Read(MariaDbFilesort);
        Assert.Null(cost);
        Assert.Equal("filesort → ALL on p (50245 rows)", summary);
        Assert.Empty(indexes);
    }

    [Fact]
    public void MySQL_plan_gives_the_query_cost_and_the_index()
    {
        var (cost, summary, indexes) = MySqlPlanJson.Read(MySqlRef);
        Assert.Equal(12.5, cost);
        Assert.Equal("ref on posts using ix_posts_user_id (10 rows)", summary);
        Assert.Equal(["ix_posts_user_id"], indexes);
    }
}
