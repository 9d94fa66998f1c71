using DesignStudio.Core.Dialects;
using DesignStudio.Core.Import;

namespace DesignStudio.Core.Tests.Dialects;

/// <summary>MySQL scopes index names to a table; PostgreSQL and SQLite to a schema.</summary>
public class IndexNameCollisionTests
{
    private const string MySql = """
        CREATE TABLE a (id INT PRIMARY KEY, x INT, KEY idx_x (x));
        CREATE TABLE b (id INT PRIMARY KEY, x INT, KEY idx_x (x));
        """;

    [Theory]
    [InlineData(DialectNames.PostgreSql)]
    [InlineData(DialectNames.Sqlite)]
    public void Renames_an_index_whose_name_is_already_used_in_the_schema(string dialect)
    {
        var script = DialectRegistry.Get(dialect).GenerateDdl(SqlDdlImporter.Import(MySql, DialectNames.MySql).Design);

        var indexes = script.Statements.Where(s => s.Sql.StartsWith("CREATE INDEX", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, indexes.Count);
        Assert.Contains(indexes, s => s.Sql.Contains("\"idx_x\"", StringComparison.Ordinal));
        Assert.DoesNotContain(indexes, s => s.Sql.Contains("\"idx_x\"", StringComparison.Ordinal) && s.Sql.Contains("\"b\"", StringComparison.Ordinal));
        Assert.Contains(script.Diagnostics, d => d.Code == DdlCodes.IndexNameCollision);
    }

    [Fact]
    public void Keeps_the_same_index_name_on_two_tables_in_mysql()
    {
        var script = DialectRegistry.Get(DialectNames.MySql).GenerateDdl(SqlDdlImporter.Import(MySql, DialectNames.MySql).Design);

        Assert.DoesNotContain(script.Diagnostics, d => d.Code == DdlCodes.IndexNameCollision);
    }

    [Fact]
    public void Postgres_writes_a_spatial_index_over_a_column_without_geometric_type_as_btree()
    {
        var design = SqlDdlImporter.Import("CREATE TABLE p (id INT PRIMARY KEY, loc GEOMETRY NOT NULL, SPATIAL KEY ix_loc (loc));", DialectNames.MySql).Design;

        var script = DialectRegistry.Get(DialectNames.PostgreSql).GenerateDdl(design);

        var index = Assert.Single(script.Statements, s => s.Sql.StartsWith("CREATE INDEX", StringComparison.Ordinal));
        Assert.DoesNotContain("gist", index.Sql, StringComparison.Ordinal);
        Assert.Contains(script.Diagnostics, d => d.Code == DdlCodes.IndexMethodUnsupported);
    }
}
