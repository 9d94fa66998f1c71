using DesignStudio.Engines.Introspection;

namespace DesignStudio.Engines.Tests.Introspection;

public sealed class TypeMapperTests
{
    [Theory]
    [InlineData("integer", "int32", true)]
    [InlineData("character varying(20)", "varchar(20)", true)]
    [InlineData("character varying", "text", false)]
    [InlineData("character(1)", "char(1)", true)]
    [InlineData("numeric(10,2)", "decimal(10,2)", true)]
    [InlineData("numeric", "decimal", true)]
    [InlineData("timestamp(3) with time zone", "timestamptz(3)", true)]
    [InlineData("time with time zone", "time", false)]
    [InlineData("json", "json", false)]
    [InlineData("integer[]", "int32[]", true)]
    [InlineData("character varying(5)[]", "varchar(5)[]", true)]
    [InlineData("citext", "text", false)]
    [InlineData("tsvector", "text", false)]
    [InlineData("interval year to month", "interval", false)]
    public void Maps_PostgreSQL_types(string native, string expected, bool exact)
    {
        var mapping = PostgreSqlTypeMapper.Map(native);
        Assert.Equal((expected, exact), (mapping.Type.ToString(), mapping.Exact));
    }

    [Theory]
    [InlineData("int(11)", "int32", true)]
    [InlineData("int(10) unsigned", "int64", false)]
    [InlineData("smallint(5) unsigned", "int32", false)]
    [InlineData("bigint(20) unsigned", "decimal(20,0)", false)]
    [InlineData("tinyint(1)", "boolean", true)]
    [InlineData("tinyint(3) unsigned", "int16", false)]
    [InlineData("mediumint(8) unsigned", "int32", false)]
    [InlineData("varchar(45)", "varchar(45)", true)]
    [InlineData("char(2)", "char(2)", true)]
    [InlineData("decimal(5,2)", "decimal(5,2)", true)]
    [InlineData("datetime", "timestamp", true)]
    [InlineData("timestamp", "timestamptz", true)]
    [InlineData("year(4)", "int16", false)]
    [InlineData("set('a','b')", "text", false)]
    [InlineData("geometry", "binary", false)]
    [InlineData("blob", "binary", true)]
    [InlineData("longtext", "text", false)]
    public void Maps_MySQL_types(string native, string expected, bool exact)
    {
        var mapping = MySqlTypeMapper.Map(native);
        Assert.Equal((expected, exact), (mapping.Type.ToString(), mapping.Exact));
    }

    [Theory]
    [InlineData("int(10) unsigned", "int unsigned")]
    [InlineData("tinyint(1)", "tinyint(1)")]
    [InlineData("set('a','b')", "set('a','b')")]
    public void Drops_integer_display_widths_from_MySQL_overrides(string native, string expected) =>
        Assert.Equal(expected, MySqlTypeMapper.OverrideText(native));

    [Theory]
    [InlineData("INTEGER", "int64", true)]
    [InlineData("int", "int32", true)]
    [InlineData("NVARCHAR(120)", "varchar(120)", false)]
    [InlineData("varchar(10)", "varchar(10)", true)]
    [InlineData("NUMERIC(10,2)", "decimal(10,2)", true)]
    [InlineData("NUMERIC", "decimal", false)]
    [InlineData("DATETIME", "timestamp", true)]
    [InlineData("UNSIGNED BIG INT", "int64", false)]
    [InlineData("VARYING TEXT", "text", false)]
    [InlineData("", "binary", false)]
    [InlineData("FLOATING POINT", "int64", false)] // SQLite quirk: "INT" in "POINT" wins
    public void Maps_SQLite_declared_types_by_name_or_affinity(string declared, string expected, bool exact)
    {
        var mapping = SqliteTypeMapper.Map(declared);
        Assert.Equal((expected, exact), (mapping.Type.ToString(), mapping.Exact));
    }
}
