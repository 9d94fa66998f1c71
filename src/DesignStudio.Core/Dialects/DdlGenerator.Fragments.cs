using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects;

/// <summary>
/// Pieces of the CREATE script for one object, so migration generators write exactly the SQL a fresh DDL script
/// would (same types, defaults, clauses and derived names) instead of a second copy of those rules.
/// </summary>
public abstract partial class DdlGenerator
{
    /// <summary>The CREATE TABLE statement; foreign keys inline only when <paramref name="inlineForeignKeys"/>.</summary>
    public string CreateTableSql(DdlContext ctx, Table table, bool inlineForeignKeys)
    {
        var deferred = inlineForeignKeys ? new HashSet<string>() : table.ForeignKeys.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return CreateTable(ctx, table, new TableOrder([table], deferred));
    }

    /// <summary>The statements creating one index (none when it cannot be expressed; the reason goes to <paramref name="ctx"/>).</summary>
    public IReadOnlyList<SqlStatement> IndexStatements(DdlContext ctx, Table table, Model.Index index) =>
        Capture(ctx, c => EmitIndex(c, table, index));

    /// <summary>The statements writing the table's and its columns' comments (none where comments live in CREATE TABLE).</summary>
    public IReadOnlyList<SqlStatement> CommentStatements(DdlContext ctx, Table table) => Capture(ctx, c => EmitComments(c, table));

    /// <summary>The statements creating the updated-at trigger for <paramref name="column"/>.</summary>
    public IReadOnlyList<SqlStatement> UpdatedAtStatements(DdlContext ctx, Table table, Column column) =>
        Capture(ctx, c => EmitUpdatedAt(c, table, column));

    /// <summary>
    /// What the script preamble needs for <paramref name="table"/> alone (its schema, shared trigger functions),
    /// without the design's enum types.
    /// </summary>
    public IReadOnlyList<SqlStatement> PreambleStatements(DdlContext ctx, Table table) =>
        Capture(new DdlContext(ctx.Design with { Enums = [], Tables = [table] }), c => EmitPreamble(c, [table]));

    /// <summary>The full column definition (name, type, NOT NULL, identity, default, extras).</summary>
    public string ColumnDefinitionSql(DdlContext ctx, Table table, Column column) => ColumnDefinition(ctx, table, column);

    /// <summary>The column's native type.</summary>
    public string ColumnTypeSql(DdlContext ctx, Table table, Column column) => ColumnType(ctx, table, column);

    /// <summary>The default's SQL expression, or null when the column has none (or is an identity).</summary>
    public string? DefaultValueSql(DdlContext ctx, Table table, Column column)
    {
        if (column.Default is not { } def || (column.Identity != IdentityKind.None && IdentityAllowed(new DdlContext(ctx.Design), table, column))) return null;
        return DefaultSql(ctx, table, column, def, ColumnType(new DdlContext(ctx.Design), table, column));
    }

    /// <summary>The identity clause the column gets in CREATE TABLE ("" when none).</summary>
    public string IdentitySql(DdlContext ctx, Table table, Column column) =>
        IdentityAllowed(new DdlContext(ctx.Design), table, column) ? IdentityClause(ctx, table, column) : "";

    /// <summary>The "CONSTRAINT name PRIMARY KEY (...)" clause, or null.</summary>
    public string? PrimaryKeySql(DdlContext ctx, Table table, PrimaryKey key) => PrimaryKeyClause(ctx, table, key);

    /// <summary>The "CONSTRAINT name FOREIGN KEY ... REFERENCES ..." clause, or null when it cannot be written.</summary>
    public string? ForeignKeySql(DdlContext ctx, Table table, ForeignKey key) => ForeignKeyClause(ctx, table, key);

    /// <summary>The "CONSTRAINT name UNIQUE (...)" clause, or null.</summary>
    public string? UniqueSql(DdlContext ctx, Table table, UniqueConstraint unique)
    {
        var cols = ColumnNames(ctx, table, unique.ColumnIds, "uniques");
        return cols is null ? null : $"CONSTRAINT {Q(NameOf(ctx, table, unique.Name, "uq", cols))} UNIQUE ({QuoteList(cols)})";
    }

    /// <summary>The "CONSTRAINT name CHECK (...)" clause.</summary>
    public string CheckSql(DdlContext ctx, Table table, CheckConstraint check)
    {
        var position = (table.Checks.FindIndex(c => c.Id == check.Id) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"CONSTRAINT {Q(NameOf(ctx, table, check.Name, "ck", [position]))} CHECK ({check.Expression})";
    }

    /// <summary>The table's name as DDL writes it (schema-qualified where the dialect has schemas).</summary>
    public string QualifiedTableName(Table table) => TableName(table);

    private static IReadOnlyList<SqlStatement> Capture(DdlContext ctx, Action<DdlContext> emit)
    {
        var scratch = new DdlContext(ctx.Design);
        emit(scratch);
        foreach (var d in scratch.Diagnostics)
        {
            if (d.Severity == Diagnostics.Severity.Error) ctx.Error(d.Code, d.Path, d.Message);
            else ctx.Warning(d.Code, d.Path, d.Message);
        }
        return scratch.Statements;
    }
}
