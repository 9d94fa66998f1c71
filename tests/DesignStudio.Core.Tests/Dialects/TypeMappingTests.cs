using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Dialects;

public class TypeMappingTests
{
    // logical type | postgres | mysql | mariadb | sqlite | sqlserver   ("~" marks a reported approximation)
    public static TheoryData<string, string, string, string, string, string> Table() => new()
    {
        { "uuid", "uuid", "~char(36)", "uuid", "~TEXT", "uniqueidentifier" },
        { "text", "text", "longtext", "longtext", "TEXT", "nvarchar(max)" },
        { "varchar(255)", "varchar(255)", "varchar(255)", "varchar(255)", "VARCHAR(255)", "nvarchar(255)" },
        { "varchar(5000)", "varchar(5000)", "varchar(5000)", "varchar(5000)", "VARCHAR(5000)", "~nvarchar(max)" },
        { "char(2)", "char(2)", "char(2)", "char(2)", "CHAR(2)", "nchar(2)" },
        { "int16", "smallint", "smallint", "smallint", "SMALLINT", "smallint" },
        { "int32", "integer", "int", "int", "INTEGER", "int" },
        { "int64", "bigint", "bigint", "bigint", "BIGINT", "bigint" },
        { "decimal(10,2)", "numeric(10,2)", "decimal(10,2)", "decimal(10,2)", "NUMERIC(10,2)", "decimal(10,2)" },
        { "float32", "real", "float", "float", "REAL", "real" },
        { "float64", "double precision", "double", "double", "DOUBLE", "float" },
        { "boolean", "boolean", "tinyint(1)", "tinyint(1)", "BOOLEAN", "bit" },
        { "date", "date", "date", "date", "~TEXT", "date" },
        { "time", "time", "time(6)", "time(6)", "~TEXT", "time" },
        { "timestamp", "timestamp", "datetime(6)", "datetime(6)", "~TEXT", "datetime2" },
        { "timestamptz", "timestamptz", "~datetime(6)", "~datetime(6)", "~TEXT", "datetimeoffset" },
        { "timestamptz(3)", "timestamptz(3)", "~datetime(3)", "~datetime(3)", "~TEXT", "datetimeoffset(3)" },
        { "interval", "interval", "~varchar(64)", "~varchar(64)", "~TEXT", "~varchar(64)" },
        { "json", "jsonb", "json", "json", "~TEXT", "~nvarchar(max)" },
        { "binary", "bytea", "longblob", "longblob", "BLOB", "varbinary(max)" },
        { "binary(16)", "bytea", "varbinary(16)", "varbinary(16)", "BLOB", "varbinary(16)" },
        { "int32[]", "integer[]", "~json", "~json", "~TEXT", "~nvarchar(max)" },
        { "text[]", "text[]", "~json", "~json", "~TEXT", "~nvarchar(max)" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Maps_each_logical_type_per_dialect(string logical, string pg, string my, string maria, string lite, string mssql)
    {
        var type = LogicalTypeText.TryParse(logical)!;
        string[] expected = [pg, my, maria, lite, mssql];
        for (var i = 0; i < expected.Length; i++)
        {
            var mapping = DialectRegistry.Get(DialectNames.All[i]).Types.Map(type);
            var approximated = expected[i].StartsWith('~');
            Assert.Equal(expected[i].TrimStart('~'), mapping.Sql);
            Assert.True(approximated == (mapping.Code is not null), $"{DialectNames.All[i]} {logical}: approximation flag");
            if (approximated) Assert.StartsWith("DDL1", mapping.Code);
        }
    }

    [Fact]
    public void Maps_enums_natively_inline_or_as_text()
    {
        var e = new EnumType { Id = "e", Name = "mood", Schema = "app", Values = ["happy", "it's"] };
        var type = LogicalType.Enum("e");

        Assert.Equal("\"app\".\"mood\"", DialectRegistry.Get("postgres").Types.Map(type, e).Sql);
        Assert.Equal("\"app\".\"mood\"[]", DialectRegistry.Get("postgres").Types.Map(type.AsArray(), e).Sql);
        Assert.Equal("enum('happy','it''s')", DialectRegistry.Get("mysql").Types.Map(type, e).Sql);
        Assert.Equal("TEXT", DialectRegistry.Get("sqlite").Types.Map(type, e).Sql);
        Assert.Equal("nvarchar(5)", DialectRegistry.Get("sqlserver").Types.Map(type, e).Sql);
    }

    [Fact]
    public void Uses_the_native_override_for_its_dialect_only()
    {
        var column = new Column
        {
            Id = "c", Name = "ip", Type = LogicalType.Text, NativeTypes = [new("postgres", "inet"), new("mysql", "varchar(45)")],
        };
        var design = new Design { Tables = [new Table { Id = "t", Name = "hosts", Columns = [column] }] };

        Assert.Contains("\"ip\" inet", DialectRegistry.Get("postgres").GenerateDdl(design).ToText());
        Assert.Contains("`ip` varchar(45)", DialectRegistry.Get("mysql").GenerateDdl(design).ToText());
        Assert.Contains("`ip` longtext", DialectRegistry.Get("mariadb").GenerateDdl(design).ToText());
    }
}
