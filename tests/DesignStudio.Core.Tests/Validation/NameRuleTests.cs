using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Validation;
using static DesignStudio.Core.Tests.Validation.TestDesigns;

namespace DesignStudio.Core.Tests.Validation;

public class NameRuleTests
{
    [Fact]
    public void Exact_duplicate_table_names_are_an_error_with_the_table_path()
    {
        var design = Of(Table("users"), Table("users") with { Id = "t_users2" });
        var d = Assert.Single(Find(design, ValidationCodes.DuplicateTableName));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("tables/users", d.Path);
    }

    [Fact]
    public void Same_table_name_in_different_schemas_is_allowed()
    {
        var design = Of(Table("users") with { Schema = "a" }, Table("users") with { Id = "t2", Schema = "b" });
        Assert.Empty(Find(design, ValidationCodes.DuplicateTableName));
    }

    [Theory]
    [InlineData(null, Severity.Warning)]
    [InlineData("mysql", Severity.Error)]
    [InlineData("sqlite", Severity.Error)]
    [InlineData("sqlserver", Severity.Error)]
    public void Names_differing_only_in_case_follow_the_dialect(string? dialect, Severity expected)
    {
        var design = Of(Table("Users"), Table("users") with { Id = "t2" });
        Assert.Equal(expected, Assert.Single(Find(design, ValidationCodes.DuplicateTableName, dialect)).Severity);
    }

    [Fact]
    public void PostgreSql_keeps_names_differing_only_in_case_apart()
    {
        var design = Of(Table("Users"), Table("users") with { Id = "t2" });
        Assert.Empty(Find(design, ValidationCodes.DuplicateTableName, "postgres"));
    }

    [Fact]
    public void Duplicate_column_names_report_the_column_path()
    {
        var design = Of(Table("users", Col("users", "email"), Col("users", "email") with { Id = "other" }));
        Assert.Equal("tables/users/columns/email", Assert.Single(Find(design, ValidationCodes.DuplicateColumnName)).Path);
    }

    [Fact]
    public void Duplicate_constraint_names_in_one_table_are_an_error()
    {
        var t = Table("users", Col("users", "email")) with
        {
            Uniques = [new UniqueConstraint { Id = "u", Name = "k", ColumnIds = ["c_users_email"] }],
            Checks = [new CheckConstraint { Id = "c", Name = "k", Expression = "id > 0" }],
        };
        Assert.Equal(Severity.Error, Assert.Single(Find(Of(t), ValidationCodes.DuplicateConstraintName)).Severity);
    }

    [Fact]
    public void Constraint_names_repeated_across_tables_clash_only_where_they_are_schema_objects()
    {
        var a = Table("a") with { Checks = [new CheckConstraint { Id = "c1", Name = "ck_positive", Expression = "id > 0" }] };
        var b = Table("b") with { Checks = [new CheckConstraint { Id = "c2", Name = "ck_positive", Expression = "id > 0" }] };
        Assert.Empty(Find(Of(a, b), ValidationCodes.DuplicateConstraintName, "postgres"));
        Assert.Equal(Severity.Error, Assert.Single(Find(Of(a, b), ValidationCodes.DuplicateConstraintName, "sqlserver")).Severity);
        Assert.Equal(Severity.Warning, Assert.Single(Find(Of(a, b), ValidationCodes.DuplicateConstraintName)).Severity);
    }

    [Fact]
    public void Index_names_are_per_schema_in_postgres_and_per_table_in_mysql()
    {
        Core.Model.Index Ix(string table) => new() { Id = "ix_" + table, Name = "ix_created", Parts = [IndexPart.OfColumn($"c_{table}_id")] };
        var design = Of(Table("a") with { Indexes = [Ix("a")] }, Table("b") with { Indexes = [Ix("b")] });
        Assert.Equal(Severity.Error, Assert.Single(Find(design, ValidationCodes.DuplicateIndexName, "postgres")).Severity);
        Assert.Empty(Find(design, ValidationCodes.DuplicateIndexName, "mysql"));
    }

    [Fact]
    public void Postgres_index_name_clashes_with_a_primary_key_name()
    {
        var t = Table("a") with
        {
            PrimaryKey = new PrimaryKey { Id = "pk", Name = "a_key", ColumnIds = ["c_a_id"] },
            Indexes = [new Core.Model.Index { Id = "ix", Name = "a_key", Parts = [IndexPart.OfColumn("c_a_id")] }],
        };
        Assert.Single(Find(Of(t), ValidationCodes.DuplicateIndexName, "postgres"));
        Assert.Empty(Find(Of(t), ValidationCodes.DuplicateIndexName, "sqlserver"));
    }

    [Fact]
    public void Duplicate_enum_names_and_postgres_enum_named_like_a_table_are_errors()
    {
        var e1 = new EnumType { Id = "e1", Name = "status", Values = ["a"] };
        var design = Of(Table("status")) with { Enums = [e1, e1 with { Id = "e2" }] };
        Assert.Single(Find(design, ValidationCodes.DuplicateEnumName));
        // The duplicate itself, plus each of the two enums sharing the table's type name.
        Assert.Equal(3, Find(design, ValidationCodes.DuplicateEnumName, "postgres").Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_names_are_errors(string name)
    {
        var design = Of(Table("users", Col("users", "x") with { Name = name }));
        Assert.Equal(Severity.Error, Assert.Single(Find(design, ValidationCodes.EmptyIdentifier)).Severity);
    }

    [Fact]
    public void Postgres_counts_utf8_bytes_so_32_accented_letters_are_too_long()
    {
        var name = new string('é', 32); // 64 bytes, 32 characters
        var design = Of(Table(name));
        var d = Assert.Single(Find(design, ValidationCodes.IdentifierTooLong, "postgres"));
        Assert.Contains("64 bytes", d.Message);
        Assert.Empty(Find(design, ValidationCodes.IdentifierTooLong, "mysql"));
    }

    [Theory]
    [InlineData("postgres", 63, 64)]
    [InlineData("mysql", 64, 65)]
    [InlineData("mariadb", 64, 65)]
    [InlineData("sqlserver", 128, 129)]
    public void Length_limits_are_exact(string dialect, int ok, int tooLong)
    {
        Assert.Empty(Find(Of(Table(new string('a', ok))), ValidationCodes.IdentifierTooLong, dialect));
        Assert.Single(Find(Of(Table(new string('a', tooLong))), ValidationCodes.IdentifierTooLong, dialect));
    }

    [Fact]
    public void Sqlite_has_no_length_limit_and_no_dialect_warns_with_the_dialects_exceeded()
    {
        var design = Of(Table(new string('a', 100)));
        Assert.Empty(Find(design, ValidationCodes.IdentifierTooLong, "sqlite"));
        var warning = Assert.Single(Find(design, ValidationCodes.IdentifierTooLong));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("postgres", warning.Message);
        Assert.DoesNotContain("sqlserver", warning.Message);
    }

    [Fact]
    public void Nul_in_a_name_is_an_error_everywhere()
    {
        var design = Of(Table("us\0ers"));
        foreach (var dialect in new string?[] { null, "postgres", "sqlite", "sqlserver", "mysql" })
        {
            Assert.Equal(Severity.Error, Assert.Single(Find(design, ValidationCodes.InvalidIdentifierCharacter, dialect)).Severity);
        }
    }

    [Fact]
    public void Emoji_in_a_name_is_an_error_for_mysql_only()
    {
        var design = Of(Table("party🎉"));
        Assert.Equal(Severity.Error, Assert.Single(Find(design, ValidationCodes.InvalidIdentifierCharacter, "mariadb")).Severity);
        Assert.Empty(Find(design, ValidationCodes.InvalidIdentifierCharacter, "postgres"));
        Assert.Equal(Severity.Warning, Assert.Single(Find(design, ValidationCodes.InvalidIdentifierCharacter)).Severity);
    }

    [Fact]
    public void Hostile_but_legal_names_pass()
    {
        var design = Of(Table("select", Col("select", "we\"ird; `name` [x]"), Col("select", "größe")));
        Assert.Empty(DesignValidator.Validate(design, "postgres"));
    }

    [Fact]
    public void Unknown_dialect_is_a_diagnostic()
    {
        Assert.Equal(ValidationCodes.UnknownDialect, Assert.Single(DesignValidator.Validate(new Design(), "oracle")).Code);
    }
}
