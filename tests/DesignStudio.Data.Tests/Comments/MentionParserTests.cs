using DesignStudio.Data.Comments;

namespace DesignStudio.Data.Tests.Comments;

public sealed class MentionParserTests
{
    [Theory]
    [InlineData("@ana please look", "ana")]
    [InlineData("Thanks, @ana.", "ana")]
    [InlineData("(@bo-b_2) and @Ana and @ana again", "bo-b_2,Ana")]
    [InlineData("ping @ana@example.com now", "ana@example.com")]
    [InlineData("mail me at x@example.com", "")]
    [InlineData("@@ nothing @ here", "")]
    public void Finds_distinct_mentions_in_order(string body, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), MentionParser.Names(body));
}
