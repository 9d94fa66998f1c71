using DesignStudio.Core.Model;
using DesignStudio.Engines.Introspection;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>No SQL Server runs here: the catalog batch is checked with Microsoft's T-SQL parser, failures end to end.</summary>
public sealed class SqlServerCatalogReaderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Catalog_batch_parses_as_T_SQL_without_errors(int schemaCount)
    {
        var batch = SqlServerCatalogReader.Batch(schemaCount);
        new TSql160Parser(true).Parse(new StringReader(batch), out var errors);
        Assert.Empty(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
        Assert.Equal(7, batch.Split(";\n").Length);
        Assert.DoesNotContain("SCHEMA_FILTER", batch, StringComparison.Ordinal);
        foreach (var statement in batch.Split(";\n")) Assert.StartsWith("SELECT", statement.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_server_is_a_connection_diagnostic_without_the_password()
    {
        const string secret = "hunter2-Secret!";
        var result = await new SqlServerCatalogReader().ReadAsync(
            $"Server=tcp:127.0.0.1,1;User ID=sa;Password={secret};Connect Timeout=2;Encrypt=false");
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(CatalogDiagnosticCodes.ConnectionFailed, diagnostic.Code);
        Assert.DoesNotContain(secret, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("int", 4, 10, 0, "int32", true)]
    [InlineData("nvarchar", 100, 0, 0, "varchar(50)", true)]
    [InlineData("nvarchar", -1, 0, 0, "text", true)]
    [InlineData("varchar", 30, 0, 0, "varchar(30)", false)]
    [InlineData("decimal", 9, 10, 2, "decimal(10,2)", true)]
    [InlineData("datetime2", 8, 27, 7, "timestamp", true)]
    [InlineData("datetime", 8, 23, 3, "timestamp", false)]
    [InlineData("datetimeoffset", 10, 34, 7, "timestamptz", true)]
    [InlineData("uniqueidentifier", 16, 0, 0, "uuid", true)]
    [InlineData("bit", 1, 1, 0, "boolean", true)]
    [InlineData("varbinary", -1, 0, 0, "binary", true)]
    [InlineData("money", 8, 19, 4, "decimal(19,4)", false)]
    [InlineData("xml", -1, 0, 0, "text", false)]
    public void Maps_system_types(string type, int maxLength, int precision, int scale, string expected, bool exact)
    {
        var mapping = SqlServerTypeMapper.Map(type, maxLength, precision, scale);
        Assert.Equal((expected, exact), (mapping.Type.ToString(), mapping.Exact));
    }

    [Fact]
    public void Formats_native_types_as_DDL_spells_them()
    {
        Assert.Equal("varchar(max)", SqlServerTypeMapper.Format("varchar", -1, 0, 0));
        Assert.Equal("nchar(5)", SqlServerTypeMapper.Format("nchar", 10, 0, 0));
        Assert.Equal("decimal(10,2)", SqlServerTypeMapper.Format("decimal", 9, 10, 2));
    }

    [Theory]
    [InlineData("((0))", "Literal:0")]
    [InlineData("(N'draft')", "Literal:draft")]
    [InlineData("('it''s')", "Literal:it's")]
    [InlineData("(getdate())", "CurrentTimestamp:")]
    [InlineData("(sysutcdatetime())", "CurrentTimestamp:")]
    [InlineData("(newid())", "RandomUuid:")]
    [InlineData("(NULL)", "none")]
    [InlineData("([a]+(1))", "Expression:[a]+(1)")]
    public void Parses_default_definitions(string definition, string expected)
    {
        var parsed = SqlServerDefaultParser.Parse(definition, LogicalType.Text);
        Assert.Equal(expected, parsed is null ? "none" : $"{parsed.Kind}:{parsed.Value}");
    }

    [Fact]
    public void Reads_bit_defaults_as_booleans()
    {
        Assert.Equal(ColumnDefault.Literal("true"), SqlServerDefaultParser.Parse("((1))", LogicalType.Boolean));
    }
}
