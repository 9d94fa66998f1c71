using DesignStudio.Engines.IndexAdvisor;

namespace DesignStudio.Engines.Tests.IndexAdvisor;

public class QueryPlaceholdersTests
{
    [Theory]
    [InlineData("SELECT * FROM t WHERE a = ? AND b > ?", "SELECT * FROM t WHERE a = '2020-01-01' AND b > '2020-01-01'")]
    [InlineData("SELECT * FROM t WHERE a = $1 LIMIT $2", "SELECT * FROM t WHERE a = '2020-01-01' LIMIT 20")]
    [InlineData("SELECT * FROM t WHERE a = :id LIMIT 5, ?", "SELECT * FROM t WHERE a = '2020-01-01' LIMIT 5, 20")]
    [InlineData("SELECT * FROM t WHERE a = @id OFFSET ?", "SELECT * FROM t WHERE a = '2020-01-01' OFFSET 20")]
    public void Placeholders_become_plannable_literals(string sql, string expected) => Assert.Equal(expected, QueryPlaceholders.Bind(sql));

    [Theory]
    [InlineData("SELECT * FROM users WHERE is_active = ? AND email = ?", "SELECT * FROM users WHERE is_active = 1 AND email = 'v1'")]
    [InlineData("SELECT * FROM posts WHERE posts.user_id IN (?, ?) AND created_at > ?", "SELECT * FROM posts WHERE posts.user_id IN (1, '2020-01-01') AND created_at > '2020-01-01'")]
    public void Values_compared_with_a_known_column_get_a_literal_of_its_type(string sql, string expected) =>
        Assert.Equal(expected, QueryPlaceholders.Bind(sql, Core.Samples.SampleDesigns.Blog()));

    [Theory]
    [InlineData("SELECT 'is it?' FROM t WHERE x = 'a$1'")]
    [InlineData("SELECT `a?` FROM t -- why?\nWHERE b::text = c")]
    [InlineData("SELECT price$1 FROM t")]
    public void Question_marks_and_dollars_in_strings_names_comments_and_casts_stay(string sql) => Assert.Equal(sql, QueryPlaceholders.Bind(sql));
}
