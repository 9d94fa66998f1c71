using DesignStudio.Core.Import;

namespace DesignStudio.Core.Tests.Import;

public class SqlTokenizerTests
{
    private static List<string> Statements(string sql, SqlLexicalRules rules)
    {
        var script = SqlTokenizer.Tokenize(sql, rules);
        return script.Statements.Select(script.TextOf).ToList();
    }

    [Fact]
    public void Semicolons_inside_strings_comments_and_quoted_names_do_not_split_statements()
    {
        var sql = "SELECT 'a;b', \"x;y\" /* c; */ -- d;\n FROM t; SELECT 2;";

        Assert.Equal(["SELECT 'a;b', \"x;y\" /* c; */ -- d;\n FROM t", "SELECT 2"], Statements(sql, SqlLexicalRules.PostgreSql));
    }

    [Fact]
    public void Postgres_dollar_quoted_bodies_escape_strings_and_nested_comments_are_single_tokens()
    {
        var sql = "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $$ x $$ $body$ LANGUAGE sql; /* a /* b; */ c; */ SELECT E'it\\'s;'; SELECT $$;$$;";

        var statements = Statements(sql, SqlLexicalRules.PostgreSql);

        Assert.Equal(3, statements.Count);
        Assert.EndsWith("LANGUAGE sql", statements[0]);
        Assert.Equal("SELECT E'it\\'s;'", statements[1]);
        Assert.Equal("SELECT $$;$$", statements[2]);
    }

    [Fact]
    public void Psql_meta_command_is_its_own_statement()
    {
        var statements = Statements("CREATE DATABASE c;\n\\c c;\nCREATE TABLE t (a int);", SqlLexicalRules.PostgreSql);

        Assert.Equal(["CREATE DATABASE c", "\\c c;", "CREATE TABLE t (a int)"], statements);
    }

    [Fact]
    public void Mysql_backslash_escapes_backticks_and_hash_comments_are_honoured()
    {
        var sql = "SELECT 'a\\';b', `x;y`; # comment; here\nSELECT \"q;\";";

        Assert.Equal(["SELECT 'a\\';b', `x;y`", "SELECT \"q;\""], Statements(sql, SqlLexicalRules.MySql));
    }

    [Fact]
    public void Mysql_executable_comment_content_is_tokenized_as_sql()
    {
        var script = SqlTokenizer.Tokenize("/*!40101 SET NAMES utf8 */; /* plain; comment */ /*!50705 SELECT 1 */;", SqlLexicalRules.MySql);

        var words = script.Tokens.Where(t => t.Kind == SqlTokenKind.Word).Select(script.TextOf).ToList();

        Assert.Equal(["SET", "NAMES", "utf8", "SELECT"], words);
        Assert.Equal(2, script.Statements.Count);
    }

    [Fact]
    public void Mysql_delimiter_directive_changes_the_terminator()
    {
        var sql = "DELIMITER ;;\nCREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET @a = 1; SET @b = 2; END;;\nDELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;\nSELECT 3;";

        var statements = Statements(sql, SqlLexicalRules.MySql);

        Assert.Equal(3, statements.Count);
        Assert.EndsWith("SET @b = 2; END", statements[0]);
        Assert.Equal("CREATE PROCEDURE p() BEGIN SELECT 1; END", statements[1]);
        Assert.Equal("SELECT 3", statements[2]);
    }

    [Fact]
    public void Sql_server_go_on_its_own_line_separates_batches_in_any_case()
    {
        var sql = "CREATE TABLE [a;b] (x int)\ngo\nSELECT N'GO'\n  GO 2\nSELECT 1 -- GO\nGO -- done";

        Assert.Equal(["CREATE TABLE [a;b] (x int)", "SELECT N'GO'", "SELECT 1"], Statements(sql, SqlLexicalRules.SqlServer));
    }

    [Fact]
    public void Positions_are_one_based_line_and_column()
    {
        var script = SqlTokenizer.Tokenize("SELECT 1;\n  CREATE TABLE x (a int);", SqlLexicalRules.PostgreSql);

        var create = script.Tokens.First(t => script.TextOf(t) == "CREATE");

        Assert.Equal(new Diagnostics.SourcePosition(2, 3), script.PositionOf(create.Start));
    }

    [Fact]
    public void Unterminated_string_is_reported_with_its_position_and_runs_to_the_end()
    {
        var script = SqlTokenizer.Tokenize("SELECT 1;\nSELECT 'oops;\nmore", SqlLexicalRules.PostgreSql);

        var d = Assert.Single(script.Diagnostics);
        Assert.Equal(new Diagnostics.SourcePosition(2, 8), d.Position);
        Assert.Equal(2, script.Statements.Count);
    }
}
