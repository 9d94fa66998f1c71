using System.Text;
using CsCheck;
using DesignStudio.Core.Import;
using DesignStudio.Core.Model;
using DesignStudio.TestSupport;

namespace DesignStudio.Core.Tests.Import;

/// <summary>
/// Structural guards of the linear import (issue 3 "Speed"; the times are in PostgreSqlImportScalingBenchmarks): the
/// parser holds one statement's tokens, not the script's; lines and columns cost one pass over the text; the
/// statement-at-a-time reader splits exactly where the whole-script tokenizer splits; ids derived from a buffer equal
/// those derived from a string.
/// </summary>
public class ImportScalingTests
{
    private static string Schema(int tables)
    {
        var sb = new StringBuilder("SET statement_timeout = 0;\n");
        for (var i = 0; i < tables; i++)
        {
            sb.Append($"CREATE TABLE public.t{i} (\n    id integer NOT NULL,\n    parent_id integer,\n    name character varying(40) DEFAULT 'x'::character varying\n);\n");
            sb.Append($"ALTER TABLE ONLY public.t{i} ADD CONSTRAINT t{i}_pkey PRIMARY KEY (id);\n");
            if (i > 0) sb.Append($"ALTER TABLE ONLY public.t{i} ADD CONSTRAINT t{i}_parent_fkey FOREIGN KEY (parent_id) REFERENCES public.t{i - 1}(id);\n");
            sb.Append($"CREATE INDEX t{i}_name_idx ON public.t{i} USING btree (name);\n");
            sb.Append($"ALTER TABLE public.t{i} OWNER TO app;\n");
            sb.Append($"CREATE UNKNOWN THING u{i};\n");
        }
        return sb.ToString();
    }

    [Fact]
    public void Holds_the_tokens_of_one_statement_whatever_the_length_of_the_script()
    {
        var small = new PostgreSqlDdlParser();
        var smallResult = small.Parse(Schema(10));
        var large = new PostgreSqlDdlParser();
        var largeResult = large.Parse(Schema(400));

        Assert.Equal(10, smallResult.Design.Tables.Count);
        Assert.Equal(400, largeResult.Design.Tables.Count);
        Assert.Equal(399, largeResult.Design.Tables.Sum(t => t.ForeignKeys.Count));
        // The longest statement (a CREATE TABLE) has the same tokens at both sizes.
        Assert.InRange(large.PeakStatementTokens, 1, 40);
        Assert.Equal(small.PeakStatementTokens, large.PeakStatementTokens);
    }

    [Fact]
    public void Finds_lines_and_columns_in_about_one_pass_over_the_text()
    {
        var sql = Schema(400);
        var parser = new PostgreSqlDdlParser();
        var result = parser.Parse(sql);

        // Every statement has a position in the report (imported, ignored, kept verbatim or warned about).
        Assert.Equal(400, result.Report.Diagnostics.Count(d => d.Code == ImportCodes.UnknownStatement));
        Assert.Equal(new Diagnostics.SourcePosition(1, 1), result.Report.Skipped[0].Position);
        Assert.InRange(parser.PositionCharactersScanned, sql.Length / 2, 2L * sql.Length);
    }

    [Fact]
    public void Gives_the_positions_a_line_table_gives_in_any_order_of_offsets()
    {
        const string text = "a\nbc\n\nd\r\nef";
        var table = SqlTokenizer.Tokenize(text, SqlLexicalRules.PostgreSql);
        var lines = new SourceLines(text);
        int[] offsets = [7, 0, 12, 3, 5, 1, 9, 6, 2, 11, 4, 8, 10, 0];
        foreach (var offset in offsets) Assert.Equal(table.PositionOf(offset), lines.PositionOf(offset));
    }

    [Theory]
    [InlineData("postgresql/lago.sql", "postgres")]
    [InlineData("postgresql/pagila.sql", "postgres")]
    [InlineData("mysql/sakila.sql", "mysql")]
    [InlineData("mysql/employees.sql", "mysql")]
    [InlineData("sqlite/synapse.sql", "sqlite")]
    [InlineData("sqlserver/northwind.sql", "sqlserver")]
    public void Reads_statements_where_the_whole_script_tokenizer_splits_them(string file, string dialect)
    {
        var text = File.ReadAllText(TestEnvironment.CorpusFile(file));
        var rules = dialect switch
        {
            "postgres" => SqlLexicalRules.PostgreSql,
            "mysql" => SqlLexicalRules.MySql,
            "sqlite" => SqlLexicalRules.Sqlite,
            _ => SqlLexicalRules.SqlServer,
        };
        var whole = SqlTokenizer.Tokenize(text, rules);
        var reader = new SqlStatementReader(text, rules, new SourceLines(text));
        var read = new List<string>();
        while (reader.ReadStatement()) read.Add(text[reader.Tokens[0].Start..reader.Tokens[reader.Count - 1].End]);

        Assert.Equal(whole.Statements.Select(whole.TextOf), read);
        Assert.Equal(whole.Diagnostics, reader.Diagnostics);
        // It never held more than the longest statement.
        Assert.Equal(whole.Statements.Max(s => s.TokenCount), reader.PeakCount);
    }

    [Fact]
    public void Appends_the_following_statement_with_the_terminators_between()
    {
        const string text = "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET x = 1;; DELETE FROM c; END; SELECT 1;";
        var reader = new SqlStatementReader(text, SqlLexicalRules.Sqlite, new SourceLines(text));
        Assert.True(reader.ReadStatement());
        Assert.True(reader.AppendStatement());
        Assert.True(reader.AppendStatement());
        var joined = text[reader.Tokens[0].Start..reader.Tokens[reader.Count - 1].End];
        Assert.Equal("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET x = 1;; DELETE FROM c; END", joined);
        Assert.Equal(3, reader.Tokens.Take(reader.Count).Count(t => t.Kind == SqlTokenKind.Terminator));
        Assert.True(reader.ReadStatement());
        Assert.Equal("SELECT 1", text[reader.Tokens[0].Start..reader.Tokens[reader.Count - 1].End]);
        Assert.False(reader.AppendStatement());
        Assert.Equal(2, reader.Count);
        Assert.False(reader.ReadStatement());
    }

    [Fact]
    public void Derives_from_characters_the_id_derived_from_the_same_string()
    {
        Gen.String.Sample(path =>
        {
            Assert.Equal(ObjectId.Derive("col", path), ObjectId.DeriveFromChars("col", path.AsSpan()));
        });
        var longPath = new string('é', 600) + "\ud800";
        Assert.Equal(ObjectId.Derive("ix", longPath), ObjectId.DeriveFromChars("ix", longPath.AsSpan()));
    }
}
