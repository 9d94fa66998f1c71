using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class UnhashedSecretRuleTests
{
    private readonly UnhashedSecretRule rule = new();

    private static TableBuilder Accounts(string column, LogicalType type) =>
        new TableBuilder("accounts").Column("id", LogicalType.Int64).Column(column, type).Key("id");

    [Theory]
    [InlineData("password", 50)]
    [InlineData("passwd", 32)]
    [InlineData("api_key", 40)]
    [InlineData("apiKey", 40)]
    [InlineData("refresh_token", null)]
    [InlineData("client_secret", 20)]
    public void Reports_secret_named_columns_with_short_strings_or_text(string name, int? length)
    {
        var type = length is { } n ? LogicalType.Varchar(n) : LogicalType.Text;
        Assert.Single(Check(rule, DesignOf(Accounts(name, type))));
    }

    [Theory]
    [InlineData("password_hash", "text")]
    [InlineData("password", "varchar(255)")]
    [InlineData("password_changed_at", "timestamptz")]
    [InlineData("token_count", "int32")]
    [InlineData("password_hint", "text")]
    [InlineData("api_key_digest", "binary(32)")]
    [InlineData("keyword", "varchar(20)")]
    public void Accepts_hashes_metadata_and_unrelated_columns(string name, string type)
    {
        Assert.Empty(Check(rule, DesignOf(Accounts(name, LogicalTypeText.TryParse(type)!))));
    }

    [Fact]
    public void Quick_fix_renames_to_a_hash_column()
    {
        var design = DesignOf(Accounts("password", LogicalType.Varchar(30)));
        var column = ApplyFix(Check(rule, design).Single(), design).Tables[0].Columns[1];
        Assert.Equal("password_hash", column.Name);
        Assert.Equal(LogicalType.Varchar(255), column.Type);
    }
}
