using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Tests.Analysis.IndexAdvisor;

public class QueryAnalyzerTests
{
    private static QueryAnalysis Analyze(string sql, string dialect = DialectNames.PostgreSql) =>
        QueryAnalyzer.Analyze(AdvisorDesigns.Blog(), new WorkloadQuery(sql), dialect);

    private static (string Column, PredicateKind Kind)[] Kinds(QueryAnalysis a) =>
        a.Predicates.Select(p => (p.ColumnId, p.Kind)).ToArray();

    [Fact]
    public void Reads_joins_with_aliases_filters_sort_limit_and_selected_columns()
    {
        var a = Analyze("SELECT p.title, p.created_at FROM posts AS p JOIN users u ON u.id = p.user_id " +
                        "WHERE u.email = $1 AND p.created_at >= $2 ORDER BY p.created_at DESC LIMIT 20");
        Assert.Equal(QueryKind.Select, a.Kind);
        Assert.Equal(["tbl_posts", "tbl_users"], a.TableIds);
        Assert.Equal([("col_users_email", PredicateKind.Equality), ("col_posts_created_at", PredicateKind.Range)], Kinds(a));
        Assert.Contains(new ColumnRef("tbl_posts", "col_posts_user_id"), a.JoinColumns);
        Assert.Contains(new ColumnRef("tbl_users", "col_users_id"), a.JoinColumns);
        Assert.Equal([new ColumnRef("tbl_posts", "col_posts_created_at", true)], a.OrderBy);
        Assert.Equal(20, a.Limit);
        Assert.Equal([new ColumnRef("tbl_posts", "col_posts_title"), new ColumnRef("tbl_posts", "col_posts_created_at")], a.SelectedColumns);
        Assert.False(a.SelectsAll);
        Assert.Empty(a.Diagnostics);
    }

    [Fact]
    public void Classifies_in_is_null_like_prefix_between_and_constant_predicates()
    {
        var a = Analyze("SELECT * FROM posts WHERE id IN (1, 2) AND content IS NULL AND title LIKE 'Intro%' " +
                        "AND created_at BETWEEN $1 AND $2 AND status <> 'draft'");
        Assert.Equal([
            ("col_posts_id", PredicateKind.In), ("col_posts_content", PredicateKind.IsNull), ("col_posts_title", PredicateKind.LikePrefix),
            ("col_posts_created_at", PredicateKind.Range), ("col_posts_status", PredicateKind.Other),
        ], Kinds(a));
        Assert.True(a.SelectsAll);
        var u = Analyze("SELECT id FROM users WHERE email = $1 AND is_active = true AND display_name LIKE '%x'");
        Assert.Equal([("col_users_email", PredicateKind.Equality), ("col_users_is_active", PredicateKind.Constant),
            ("col_users_display_name", PredicateKind.Other)], Kinds(u));
        Assert.Equal("is_active", u.Predicates[1].Text);
        Assert.Equal(PredicateKind.Constant, Analyze("SELECT id FROM users WHERE NOT is_active").Predicates.Single().Kind);
    }

    [Fact]
    public void Reads_full_text_search_in_postgresql_and_mysql_syntax()
    {
        var pg = Analyze("SELECT id FROM posts p WHERE to_tsvector('english', p.content) @@ plainto_tsquery('english', $1)");
        var ft = Assert.Single(pg.Predicates);
        Assert.Equal(PredicateKind.FullText, ft.Kind);
        Assert.Equal("to_tsvector('english', content)", ft.Expression);

        var my = Analyze("SELECT `id` FROM `posts` WHERE MATCH (content) AGAINST ('index tuning' IN NATURAL LANGUAGE MODE) LIMIT 10, 5", DialectNames.MySql);
        Assert.Equal([("col_posts_content", PredicateKind.FullText)], Kinds(my));
        Assert.Equal(5, my.Limit);
    }

    [Fact]
    public void Reads_json_and_array_operators()
    {
        var a = QueryAnalyzer.Analyze(AdvisorDesigns.Documents(), new WorkloadQuery(
            "SELECT id FROM docs WHERE body @> '{\"a\":1}' AND labels && ARRAY['x'] AND body ? 'k' AND 10 < score"));
        Assert.Equal([("col_docs_body", PredicateKind.JsonOrArray), ("col_docs_labels", PredicateKind.JsonOrArray),
            ("col_docs_body", PredicateKind.JsonOrArray), ("col_docs_score", PredicateKind.Range)], Kinds(a));
    }

    [Fact]
    public void Reads_update_and_delete()
    {
        var u = Analyze("UPDATE posts SET title = $1, status = 'published' WHERE id = $2");
        Assert.Equal(QueryKind.Update, u.Kind);
        Assert.Equal(["col_posts_title", "col_posts_status"], u.UpdatedColumns.Select(c => c.ColumnId));
        Assert.Equal([("col_posts_id", PredicateKind.Equality)], Kinds(u));
        var d = Analyze("DELETE FROM posts WHERE user_id = $1 AND created_at < now() - interval '1 year'");
        Assert.Equal(QueryKind.Delete, d.Kind);
        Assert.Equal([("col_posts_user_id", PredicateKind.Equality), ("col_posts_created_at", PredicateKind.Range)], Kinds(d));
    }

    [Fact]
    public void A_top_level_or_yields_no_usable_predicate_but_group_by_is_read()
    {
        var a = Analyze("SELECT user_id, count(*) FROM posts WHERE user_id = 1 OR status = 'draft' GROUP BY user_id");
        Assert.Empty(a.Predicates);
        Assert.Equal([new ColumnRef("tbl_posts", "col_posts_user_id")], a.GroupBy);
    }

    [Fact]
    public void Reports_unknown_tables_and_statements_that_are_not_queries()
    {
        Assert.Contains(Analyze("SELECT * FROM comments WHERE id = 1").Diagnostics, d => d.Code == QueryAnalyzer.UnknownName);
        Assert.Contains(Analyze("INSERT INTO posts (title) VALUES ('x')").Diagnostics, d => d.Code == QueryAnalyzer.Unsupported);
        Assert.Contains(Analyze("SELECT p.nope FROM posts p WHERE p.nope = 1").Diagnostics, d => d.Code == QueryAnalyzer.UnknownName);
    }
}
