using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Analysis.Lint.Naming;
using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class NamingHelpersTests
{
    [Theory]
    [InlineData("category", "categories")]
    [InlineData("day", "days")]
    [InlineData("box", "boxes")]
    [InlineData("address", "addresses")]
    [InlineData("person", "people")]
    [InlineData("child", "children")]
    [InlineData("status", "statuses")]
    [InlineData("analysis", "analyses")]
    [InlineData("leaf", "leaves")]
    [InlineData("movie", "movies")]
    [InlineData("house", "houses")]
    [InlineData("Category", "Categories")]
    public void Pluralizes_and_singularizes_regular_and_irregular_nouns(string singular, string plural)
    {
        Assert.Equal(plural, EnglishInflector.Pluralize(singular));
        Assert.Equal(singular, EnglishInflector.Singularize(plural));
        Assert.True(EnglishInflector.IsPlural(plural));
        Assert.True(EnglishInflector.IsSingular(singular));
    }

    [Theory]
    [InlineData("data")]
    [InlineData("news")]
    [InlineData("equipment")]
    public void Uncountable_words_are_neither_singular_nor_plural(string word)
    {
        Assert.Equal(word, EnglishInflector.Pluralize(word));
        Assert.False(EnglishInflector.IsPlural(word));
        Assert.False(EnglishInflector.IsSingular(word));
    }

    [Theory]
    [InlineData("order_items", "order items")]
    [InlineData("OrderItems", "order items")]
    [InlineData("orderItems", "order items")]
    [InlineData("HTTPRequestLog", "http request log")]
    [InlineData("address2_line", "address2 line")]
    public void Splits_identifiers_into_words(string name, string words)
    {
        Assert.Equal(words, string.Join(' ', IdentifierWords.Split(name)));
    }

    [Theory]
    [InlineData("order_items", IdentifierCase.PascalCase, "OrderItems")]
    [InlineData("OrderItems", IdentifierCase.CamelCase, "orderItems")]
    [InlineData("orderItems", IdentifierCase.SnakeCase, "order_items")]
    public void Converts_between_styles(string name, IdentifierCase style, string expected)
    {
        Assert.Equal(expected, IdentifierWords.Convert(name, style));
        Assert.True(IdentifierWords.Matches(expected, style));
        Assert.False(IdentifierWords.Matches(name, style));
    }

    [Fact]
    public void Reserved_word_lists_differ_per_dialect()
    {
        Assert.True(ReservedWords.IsReserved(DialectNames.PostgreSql, "USER"));
        Assert.False(ReservedWords.IsReserved(DialectNames.MySql, "user"));
        Assert.True(ReservedWords.IsReserved(DialectNames.MySql, "key"));
        Assert.True(ReservedWords.IsReserved(DialectNames.MariaDb, "key"));
        Assert.True(ReservedWords.IsReserved(DialectNames.SqlServer, "identity"));
        Assert.True(ReservedWords.IsReserved(DialectNames.Sqlite, "autoincrement"));
        Assert.True(ReservedWords.IsReserved(ReservedWords.SqlStandard, "value"));
        Assert.Equal([DialectNames.PostgreSql, DialectNames.MySql, DialectNames.MariaDb, DialectNames.Sqlite, DialectNames.SqlServer],
            ReservedWords.DialectsReserving("select"));
        Assert.Empty(ReservedWords.DialectsReserving("customer"));
    }
}
