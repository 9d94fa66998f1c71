using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Import.Dbml;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Import.Dbml;

public class DbmlImporterSyntaxTests
{
    private static DbmlImportResult Import(string text) => DbmlImporter.Import(text.ReplaceLineEndings("\n"));

    private static Diagnostic SingleError(DbmlImportResult result) =>
        Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);

    [Fact]
    public void Reports_a_syntax_error_with_line_and_column_and_keeps_the_next_tables()
    {
        var result = Import("""
            Table a {
              id int [pk
            }
            Table b {
              id int
            }
            """);
        var error = SingleError(result);
        Assert.Equal(DbmlDiagnosticCodes.Syntax, error.Code);
        Assert.Equal(new SourcePosition(3, 1), error.Position);
        Assert.Equal(["a", "b"], result.Design.Tables.Select(t => t.Name));
    }

    [Fact]
    public void A_bad_column_loses_only_that_column()
    {
        var result = Import("""
            Table a {
              id int [pk]
              broken varchar(20 [not null]
              name text
            }
            """);
        Assert.Equal(new SourcePosition(3, 21), SingleError(result).Position);
        Assert.Equal(["id", "name"], result.Design.Tables[0].Columns.Select(c => c.Name));
    }

    [Fact]
    public void Reports_an_unterminated_string_where_it_starts()
    {
        var result = Import("Table a {\n  id int [note: 'oops]\n}\nTable b {\n  x int\n}\n");
        var lexical = result.Diagnostics.First(d => d.Severity == Severity.Error);
        Assert.Equal(DbmlDiagnosticCodes.Lexical, lexical.Code);
        Assert.Equal(new SourcePosition(2, 17), lexical.Position);
        Assert.Contains(result.Design.Tables, t => t.Name == "b");
    }

    [Fact]
    public void Reports_unknown_tables_and_columns_in_refs_at_the_endpoint()
    {
        var result = Import("""
            Table a {
              id int
            }
            Ref: a.id > missing.id
            Ref: a.nope > a.id
            """);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DbmlDiagnosticCodes.UnresolvedName, e.Code));
        Assert.Equal(new SourcePosition(4, 13), errors[0].Position);
        Assert.Equal(new SourcePosition(5, 6), errors[1].Position);
        Assert.Empty(result.Design.Tables[0].ForeignKeys);
    }

    [Fact]
    public void Reports_an_unterminated_block_comment_and_an_unknown_element()
    {
        var result = Import("Widget w {\n  x\n}\nTable a {\n  id int\n}\n/* never closed");
        Assert.Contains(result.Diagnostics, d => d.Code == DbmlDiagnosticCodes.Ignored && d.Severity == Severity.Warning && d.Position == new SourcePosition(1, 1));
        Assert.Contains(result.Diagnostics, d => d.Code == DbmlDiagnosticCodes.Lexical && d.Position == new SourcePosition(7, 1));
        Assert.Single(result.Design.Tables);
    }

    [Fact]
    public void Reads_quoted_names_escapes_comments_and_type_arguments()
    {
        var result = Import("""
            Table "my table" { // trailing comment
              "first name" varchar(255) [note: 'It\'s a \\ backslash\nand a line']
              price decimal(10, 2) /* inline */ [default: -1.5]
              ratio "double precision"
              big "character varying(20)"
              at timestamptz(3)
              doc "bigint unsigned"
            }
            """);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var t = result.Design.Tables.Single();
        Assert.Equal("my table", t.Name);
        Assert.Equal("first name", t.Columns[0].Name);
        Assert.Equal("It's a \\ backslash\nand a line", t.Columns[0].Comment);
        Assert.Equal(LogicalType.Decimal(10, 2), t.Columns[1].Type);
        Assert.Equal(ColumnDefault.Literal("-1.5"), t.Columns[1].Default);
        Assert.Equal(TypeKind.Float64, t.Columns[2].Type.Kind);
        Assert.Equal(LogicalType.Varchar(20), t.Columns[3].Type);
        Assert.Equal(new LogicalType { Kind = TypeKind.TimestampTz, Precision = 3 }, t.Columns[4].Type);
        Assert.Equal(LogicalType.Text, t.Columns[5].Type);
        Assert.Empty(t.Columns[5].NativeTypes); // no database_type: nothing to key an override to
        Assert.Contains(result.Diagnostics, d => d.Code == DbmlDiagnosticCodes.UnknownType && d.Position == new SourcePosition(7, 7));
    }

    [Fact]
    public void Maps_defaults_of_every_kind()
    {
        var result = Import("""
            Table t {
              a int [default: 42]
              b text [default: 'x y']
              c boolean [default: false]
              d text [default: null]
              e date [default: `current_date`]
              f uuid [default: `gen_random_uuid()`]
              g int [default: `1 + 2`]
            }
            """);
        var defaults = result.Design.Tables[0].Columns.Select(c => c.Default).ToList();
        Assert.Equal([ColumnDefault.Literal("42"), ColumnDefault.Literal("x y"), ColumnDefault.Literal("false"), null,
            ColumnDefault.CurrentDate, ColumnDefault.RandomUuid, ColumnDefault.Expression("1 + 2")], defaults);
    }

    [Fact]
    public void Serial_and_approximate_types_are_reported_and_keep_the_native_spelling()
    {
        var result = Import("""
            Project p { database_type: 'MySQL' }
            Table t {
              id bigserial [pk]
              tiny tinyint
              body longtext
            }
            """);
        var columns = result.Design.Tables[0].Columns;
        Assert.Equal(LogicalType.Int64, columns[0].Type);
        Assert.Equal(IdentityKind.ByDefault, columns[0].Identity);
        Assert.Empty(columns[0].NativeTypes);
        Assert.Equal(LogicalType.Of(TypeKind.Int16), columns[1].Type);
        Assert.Equal("tinyint", columns[1].NativeTypeFor(DialectNames.MySql));
        Assert.Equal("longtext", columns[2].NativeTypeFor(DialectNames.MySql));
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == DbmlDiagnosticCodes.Approximated));
    }

    [Fact]
    public void One_to_many_and_one_to_one_operators_put_the_key_on_the_right_table()
    {
        var result = Import("""
            Table users {
              id int [pk, ref: < posts.author_id]
            }
            Table posts {
              id int [pk]
              author_id int
            }
            Table avatars {
              user_id int [ref: - users.id]
            }
            Ref: users.id < posts.id
            """);
        var posts = result.Design.Tables[1];
        Assert.Equal(2, posts.ForeignKeys.Count);
        Assert.All(posts.ForeignKeys, f => Assert.Equal(result.Design.Tables[0].Id, f.TargetTableId));
        Assert.Equal(result.Design.Tables[0].Id, Assert.Single(result.Design.Tables[2].ForeignKeys).TargetTableId);
        Assert.Empty(result.Design.Tables[0].ForeignKeys);
    }

    [Fact]
    public void Index_settings_cover_primary_keys_descending_parts_and_unique_constraints()
    {
        var result = Import("""
            Table t {
              a int
              b int
              c int
              indexes {
                (a, b) [pk, name: 'pk_t']
                (`c DESC`, a) [name: 'ix_c']
                (b, c) [unique, name: 'uq_bc', note: 'unique constraint']
                c [type: gin, note: 'free text']
              }
            }
            """);
        var t = result.Design.Tables[0];
        Assert.Equal("pk_t", t.PrimaryKey!.Name);
        Assert.True(t.Indexes[0].Parts[0].Descending);
        Assert.Equal(t.Columns[2].Id, t.Indexes[0].Parts[0].ColumnId);
        Assert.Equal("uq_bc", Assert.Single(t.Uniques).Name);
        Assert.Equal(IndexMethod.Gin, t.Indexes[1].Method);
        Assert.Contains(result.Diagnostics, d => d.Code == DbmlDiagnosticCodes.Ignored && d.Message.Contains("Index notes"));
    }

    [Fact]
    public void Table_partials_are_injected_with_local_columns_winning()
    {
        var result = Import("""
            TablePartial base [note: 'from partial'] {
              id int [pk]
              created_at timestamp [default: `now()`]
              indexes {
                created_at
              }
            }
            Table users {
              ~base
              created_at timestamptz
              name text
            }
            """);
        var t = result.Design.Tables.Single();
        Assert.Equal(["id", "created_at", "name"], t.Columns.Select(c => c.Name));
        Assert.Equal(LogicalType.TimestampTz, t.Columns[1].Type);
        Assert.Equal("from partial", t.Comment);
        Assert.Single(t.Indexes);
        Assert.NotNull(t.PrimaryKey);
    }

    [Fact]
    public void Duplicate_tables_and_columns_are_errors_and_skipped()
    {
        var result = Import("""
            Table a {
              id int
              id text
            }
            Table a {
              x int
            }
            """);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DbmlDiagnosticCodes.DuplicateName));
        Assert.Equal(["id"], result.Design.Tables.Single().Columns.Select(c => c.Name));
        Assert.Equal(LogicalType.Int32, result.Design.Tables[0].Columns[0].Type);
    }

    [Fact]
    public void Records_blocks_are_reported_and_skipped()
    {
        var result = Import("""
            Table a {
              id int
              records {
                1
                2
              }
            }
            records a(id) {
              3
            }
            """);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Message.StartsWith("Records")));
    }

    [Fact]
    public void A_bad_index_or_enum_value_loses_only_that_line()
    {
        var result = Import("""
            Enum e {
              ok
              bad value [note: 'x']
              fine
            }
            Table t {
              a int
              b int
              indexes {
                (a, [unique]
                b [name: 'ix_b']
              }
              c int
            }
            """);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal([new SourcePosition(3, 7), new SourcePosition(10, 9)], errors.Select(e => e.Position!.Value));
        Assert.Equal(["ok", "fine"], result.Design.Enums.Single().Values);
        var t = result.Design.Tables.Single();
        Assert.Equal(["a", "b", "c"], t.Columns.Select(c => c.Name));
        Assert.Equal("ix_b", Assert.Single(t.Indexes).Name);
    }
}
