using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Analysis.IndexAdvisor;

public class CandidateGeneratorTests
{
    private const string Feed = "SELECT title, created_at FROM posts WHERE user_id = $1 ORDER BY created_at DESC LIMIT 20";
    private const string Login = "SELECT id FROM users WHERE email = $1 AND is_active = true";
    private const string Search = "SELECT id, title FROM posts WHERE to_tsvector('english', content) @@ plainto_tsquery('english', $1)";

    private static IndexAdvice AdviseIn(string dialect, Design design, params string[] sql) =>
        WorkloadAdvisor.Advise(design, sql.Select(s => new WorkloadQuery(s)).ToArray(), dialect);

    private static IndexAdvice Advise(Design design, params string[] sql) => AdviseIn(DialectNames.PostgreSql, design, sql);

    private static string Describe(Design design, IndexCandidate c) =>
        CandidateSql.CreateIndex(design, c, DialectNames.PostgreSql).Replace("\"", "", StringComparison.Ordinal);

    [Fact]
    public void Proposes_the_covering_index_for_the_feed_query()
    {
        var design = AdvisorDesigns.Blog("ix_posts_user_id_created_at");
        var c = Assert.Single(Advise(design, Feed).Candidates);
        Assert.Equal([IndexPart.OfColumn("col_posts_user_id"), IndexPart.OfColumn("col_posts_created_at", descending: true)], c.Parts);
        Assert.Equal(["col_posts_title"], c.IncludeColumnIds);
        Assert.Null(c.Where);
        Assert.Equal("CREATE INDEX ix_posts_user_id_created_at ON posts (user_id, created_at DESC) INCLUDE (title)", Describe(design, c));
        Assert.Equal("+1 index on posts: each INSERT/DELETE and each UPDATE of (user_id, created_at, title) maintains 3 indexes instead of 2.", c.WriteCost);
    }

    [Fact]
    public void Skips_the_feed_index_when_the_blog_sample_already_has_it()
    {
        var advice = Advise(AdvisorDesigns.Blog(), Feed);
        Assert.Empty(advice.Candidates);
        Assert.Contains("ix_posts_user_id_created_at", Assert.Single(advice.Skipped).Reason);
    }

    [Fact]
    public void Proposes_a_partial_index_for_a_constant_predicate()
    {
        var design = AdvisorDesigns.Blog("ix_users_email_active", "uq_users_email");
        var c = Assert.Single(Advise(design, Login).Candidates);
        Assert.Equal("CREATE INDEX ix_users_email_partial ON users (email) WHERE is_active", Describe(design, c));
        Assert.Contains("partial", c.Shape);
    }

    [Fact]
    public void The_blog_partial_index_and_the_unique_email_each_serve_the_login_query()
    {
        Assert.Contains("ix_users_email_active", Assert.Single(Advise(AdvisorDesigns.Blog("uq_users_email"), Login).Skipped).Reason);
        Assert.Contains("uq_users_email", Assert.Single(Advise(AdvisorDesigns.Blog("ix_users_email_active"), Login).Skipped).Reason);
    }

    [Fact]
    public void Proposes_a_gin_full_text_index_matching_the_query_configuration()
    {
        var design = AdvisorDesigns.Blog();
        var c = Assert.Single(Advise(design, Search).Candidates);
        Assert.Equal(IndexMethod.Gin, c.Method);
        Assert.Equal("CREATE INDEX ix_posts_content_fts ON posts USING gin ((to_tsvector('english', content)))", Describe(design, c));
        // The sample's full-text index is built over to_tsvector('simple', content): it serves only that configuration.
        var simple = Advise(design, "SELECT id FROM posts WHERE to_tsvector('simple', content) @@ to_tsquery('simple', $1)");
        Assert.Empty(simple.Candidates);
        Assert.Contains("ix_posts_content_fulltext", Assert.Single(simple.Skipped).Reason);
    }

    [Fact]
    public void Proposes_gin_indexes_for_json_and_array_predicates_on_postgresql_only()
    {
        var docs = AdvisorDesigns.Documents();
        const string sql = "SELECT id FROM docs WHERE body @> '{\"a\":1}' AND labels && ARRAY['x']";
        Assert.Equal([("ix_docs_body_gin", "json"), ("ix_docs_labels_gin", "array")],
            Advise(docs, sql).Candidates.Select(c => (c.Name, c.Shape)));
        Assert.Empty(AdviseIn(DialectNames.Sqlite, docs, sql).Candidates);
    }

    [Fact]
    public void Proposes_both_composite_orders_as_alternatives_for_range_plus_sort()
    {
        var design = AdvisorDesigns.Blog("ix_posts_user_id_created_at");
        var candidates = Advise(design, "SELECT id FROM posts WHERE user_id = $1 AND created_at > $2 ORDER BY title LIMIT 10").Candidates;
        Assert.Equal(2, candidates.Count);
        Assert.Equal(["equality-range-sort", "equality-sort-range"], candidates.Select(c => c.Shape));
        Assert.Equal(["user_id, created_at, title", "user_id, title, created_at"],
            candidates.Select(c => string.Join(", ", c.Parts.Select(p => design.GetTable("tbl_posts").GetColumn(p.ColumnId!).Name))));
        Assert.NotNull(candidates[0].AlternativeGroup);
        Assert.Equal(candidates[0].AlternativeGroup, candidates[1].AlternativeGroup);
    }

    [Fact]
    public void Merges_a_candidate_into_one_whose_key_it_prefixes()
    {
        var design = AdvisorDesigns.Blog("ix_posts_user_id_created_at");
        var c = Assert.Single(Advise(design, "SELECT id FROM posts WHERE user_id = $1",
            "SELECT id FROM posts WHERE user_id = $1 ORDER BY created_at DESC LIMIT 5", "SELECT id FROM posts WHERE user_id = $1").Candidates);
        Assert.Equal([0, 1, 2], c.QueryNumbers);
        Assert.Equal(2, c.Parts.Count);
    }

    [Fact]
    public void Proposes_nothing_for_a_tiny_table()
    {
        var design = AdvisorDesigns.WithTable(AdvisorDesigns.Blog("uq_tags_name"), "tags", t => t with { RowEstimate = 200 });
        var advice = Advise(design, "SELECT id FROM tags WHERE name = $1");
        Assert.Empty(advice.Candidates);
        Assert.Contains("about 200 rows", Assert.Single(advice.Skipped).Reason);
    }

    [Fact]
    public void Proposes_nothing_for_a_column_with_two_distinct_values()
    {
        var design = AdvisorDesigns.WithTable(AdvisorDesigns.Blog(), "posts", t => t with
        {
            Columns = [.. t.Columns.Select(c => c.Name == "status" ? c with { DistinctEstimate = 2 } : c)],
        });
        var advice = Advise(design, "SELECT id, title FROM posts WHERE status = 'published'");
        Assert.Empty(advice.Candidates);
        Assert.StartsWith("Not selective: status (~2 distinct)", Assert.Single(advice.Skipped).Reason);
    }

    [Fact]
    public void Proposes_nothing_for_a_lookup_the_primary_key_serves()
    {
        var advice = Advise(AdvisorDesigns.Blog(), "SELECT * FROM posts WHERE id = $1", "UPDATE posts SET title = $1 WHERE id = $2");
        Assert.Empty(advice.Candidates);
        Assert.All(advice.Skipped, s => Assert.Contains("primary key pk_posts", s.Reason));
    }

    [Fact]
    public void Uses_trailing_key_columns_instead_of_include_on_mysql()
    {
        var design = AdvisorDesigns.Blog("ix_posts_user_id_created_at");
        var c = Assert.Single(AdviseIn(DialectNames.MySql, design,
            "SELECT `title`, created_at FROM posts WHERE user_id = ? ORDER BY created_at DESC LIMIT 20").Candidates);
        Assert.Empty(c.IncludeColumnIds);
        Assert.Equal(["col_posts_user_id", "col_posts_created_at", "col_posts_title"], c.Parts.Select(p => p.ColumnId));
        Assert.Equal("CREATE INDEX `ix_posts_user_id_created_at_title` ON `posts` (`user_id`, `created_at` DESC, `title`)",
            CandidateSql.CreateIndex(design, c, DialectNames.MySql));
    }

    [Fact]
    public void Proposes_an_index_on_the_join_column_of_the_inner_table()
    {
        var design = AdvisorDesigns.Blog("ix_posts_user_id_created_at", "ix_users_email_active");
        var c = Assert.Single(Advise(design, "SELECT u.email, p.title FROM users u JOIN posts p ON p.user_id = u.id WHERE u.email = $1").Candidates);
        Assert.Equal("CREATE INDEX ix_posts_user_id ON posts (user_id) INCLUDE (title)", Describe(design, c));
    }
}
