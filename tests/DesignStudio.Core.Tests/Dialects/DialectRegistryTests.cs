using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Tests.Dialects;

public class DialectRegistryTests
{
    [Theory]
    [InlineData("postgres", DialectNames.PostgreSql)]
    [InlineData("PostgreSQL", DialectNames.PostgreSql)]
    [InlineData("pg", DialectNames.PostgreSql)]
    [InlineData("mysql", DialectNames.MySql)]
    [InlineData("mariadb", DialectNames.MariaDb)]
    [InlineData("sqlite", DialectNames.Sqlite)]
    [InlineData("sqlserver", DialectNames.SqlServer)]
    [InlineData("mssql", DialectNames.SqlServer)]
    [InlineData("tsql", DialectNames.SqlServer)]
    public void Finds_dialects_by_name_and_alias(string name, string expected) =>
        Assert.Equal(expected, DialectRegistry.Get(name).Name);

    [Fact]
    public void Lists_every_dialect_in_display_order() =>
        Assert.Equal(DialectNames.All, DialectRegistry.All.Select(d => d.Name));

    [Fact]
    public void Returns_null_for_an_unknown_dialect() => Assert.Null(DialectRegistry.TryGet("oracle"));
}
