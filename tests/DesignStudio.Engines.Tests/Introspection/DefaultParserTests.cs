using DesignStudio.Core.Model;
using DesignStudio.Engines.Introspection;

namespace DesignStudio.Engines.Tests.Introspection;

public sealed class DefaultParserTests
{
    private static string Show(ColumnDefault? d) => d is null ? "none" : $"{d.Kind}:{d.Value}";

    [Theory]
    [InlineData("now()", "CurrentTimestamp:")]
    [InlineData("CURRENT_TIMESTAMP", "CurrentTimestamp:")]
    [InlineData("CURRENT_DATE", "CurrentDate:")]
    [InlineData("gen_random_uuid()", "RandomUuid:")]
    [InlineData("'draft'::post_status", "Literal:draft")]
    [InlineData("'it''s'::character varying", "Literal:it's")]
    [InlineData("'{}'::text[]", "Literal:{}")]
    [InlineData("(-1)", "Literal:-1")]
    [InlineData("0", "Literal:0")]
    [InlineData("(0)::numeric", "Literal:0")]
    [InlineData("true", "Literal:true")]
    [InlineData("NULL::text", "none")]
    [InlineData("'a'::text || 'b'::text", "Expression:'a'::text || 'b'::text")]
    [InlineData("nextval('seq'::regclass)", "Expression:nextval('seq'::regclass)")]
    [InlineData("clock_timestamp()", "Expression:clock_timestamp()")]
    public void Parses_PostgreSQL_defaults(string text, string expected) =>
        Assert.Equal(expected, Show(PostgreSqlDefaultParser.Parse(text)));

    [Theory]
    [InlineData("nextval('actor_actor_id_seq'::regclass)", "actor_actor_id_seq")]
    [InlineData("nextval('\"Odd\"\"Name\"'::regclass)", "\"Odd\"\"Name\"")]
    [InlineData("now()", null)]
    public void Finds_the_sequence_of_nextval_defaults(string text, string? expected) =>
        Assert.Equal(expected, PostgreSqlDefaultParser.NextvalSequence(text));

    [Theory]
    [InlineData("'draft'", true, false, "Literal:draft")]
    [InlineData("'it\\'s'", true, false, "Literal:it's")]
    [InlineData("NULL", true, false, "none")]
    [InlineData("current_timestamp()", true, false, "CurrentTimestamp:")]
    [InlineData("current_timestamp(3)", true, false, "CurrentTimestamp:")]
    [InlineData("uuid()", true, false, "RandomUuid:")]
    [InlineData("curdate()", true, false, "CurrentDate:")]
    [InlineData("-1", true, false, "Literal:-1")]
    [InlineData("draft", false, false, "Literal:draft")]
    [InlineData("CURRENT_TIMESTAMP", false, true, "CurrentTimestamp:")]
    [InlineData("(rand() * 10)", false, true, "Expression:rand() * 10")]
    [InlineData("concat('a','b')", true, false, "Expression:concat('a','b')")]
    public void Parses_MySQL_and_MariaDB_defaults(string text, bool mariaDb, bool expression, string expected) =>
        Assert.Equal(expected, Show(MySqlDefaultParser.Parse(text, mariaDb, expression, LogicalType.Text)));

    [Theory]
    [InlineData("'draft'", "Literal:draft")]
    [InlineData("CURRENT_TIMESTAMP", "Literal:x")]
    [InlineData("(datetime('now'))", "CurrentTimestamp:")]
    [InlineData("NULL", "none")]
    [InlineData("+5", "Literal:5")]
    [InlineData("(random())", "Expression:random()")]
    public void Parses_SQLite_defaults(string text, string expected) =>
        Assert.Equal(expected == "Literal:x" ? "CurrentTimestamp:" : expected, Show(SqliteDefaultParser.Parse(text)));
}
