using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.Sqlite;

/// <summary>
/// SQLite DDL: no schemas (reported), every foreign key inline (SQLite accepts forward references and has no
/// ALTER TABLE ... ADD CONSTRAINT), identity as <c>INTEGER PRIMARY KEY [AUTOINCREMENT]</c>, enums as CHECK, comments as
/// <c>--</c> lines (kept by SQLite in the stored CREATE TABLE text), and an AFTER UPDATE trigger for updated-at.
/// </summary>
public sealed class SqliteDdlGenerator(SqlDialect dialect) : DdlGenerator(dialect)
{
    private const string IsoNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    // A version-4 UUID in canonical lower-case text form from SQLite's random bytes.
    private const string RandomUuid =
        "(lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || " +
        "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))))";

    /// <inheritdoc />
    protected override bool IndexNamesPerSchema => true;

    /// <inheritdoc />
    protected override bool InlinesAllForeignKeys => true;

    /// <inheritdoc />
    protected override bool SupportsPartialIndexes => true;

    /// <inheritdoc />
    protected override string TableName(Table table) => Q(table.Name);

    /// <inheritdoc />
    protected override void EmitPreamble(DdlContext ctx, IReadOnlyList<Table> tables)
    {
        foreach (var t in tables)
        {
            if (t.Schema is { } s)
            {
                ctx.Warning(DdlCodes.SchemaIgnored, DdlContext.PathOf(t),
                    $"SQLite has no schemas; the table is created in the main database, not in '{s}'.");
            }
        }
    }

    /// <inheritdoc />
    protected override string? TableStatementComment(Table table) => table.Comment;

    /// <summary>The single integer primary-key column that becomes the rowid alias, if the design asks for identity on it.</summary>
    private static Column? RowidAlias(Table table)
    {
        if (table.PrimaryKey is not { ColumnIds.Count: 1 } pk) return null;
        return table.FindColumn(pk.ColumnIds[0]) is { Identity: not IdentityKind.None, Type: { IsInteger: true, IsArray: false } } c ? c : null;
    }

    /// <inheritdoc />
    protected override bool IdentityAllowed(DdlContext ctx, Table table, Column column)
    {
        if (column.Identity == IdentityKind.None) return false;
        if (ReferenceEquals(RowidAlias(table), column)) return true;
        ctx.Warning(DdlCodes.IdentityUnsupported, DdlContext.PathOf(table, column),
            "SQLite generates values only for a single-column integer primary key (INTEGER PRIMARY KEY); the column is created without identity.");
        return false;
    }

    /// <inheritdoc />
    protected override string ColumnType(DdlContext ctx, Table table, Column column) =>
        ReferenceEquals(RowidAlias(table), column) ? "INTEGER" : base.ColumnType(ctx, table, column);

    /// <inheritdoc />
    protected override string IdentityClause(DdlContext ctx, Table table, Column column) =>
        column.Identity == IdentityKind.Always ? " PRIMARY KEY AUTOINCREMENT" : " PRIMARY KEY";

    /// <inheritdoc />
    protected override string? PrimaryKeyClause(DdlContext ctx, Table table, PrimaryKey pk) =>
        RowidAlias(table) is null ? base.PrimaryKeyClause(ctx, table, pk) : null;

    /// <inheritdoc />
    protected override string ColumnDefinition(DdlContext ctx, Table table, Column column)
    {
        var sql = base.ColumnDefinition(ctx, table, column);
        return column.Comment is { } c ? "-- " + c.ReplaceLineEndings(" ") + "\n  " + sql : sql;
    }

    /// <inheritdoc />
    protected override IEnumerable<string> ExtraTableConstraints(DdlContext ctx, Table table) => EnumCheckConstraints(ctx, table);

    /// <inheritdoc />
    protected override string CurrentTimestampSql(Column column, string nativeType) =>
        column.Type.Kind == TypeKind.TimestampTz ? "(" + IsoNow + ")" : "CURRENT_TIMESTAMP";

    /// <inheritdoc />
    protected override string CurrentDateSql => "CURRENT_DATE";

    /// <inheritdoc />
    protected override string RandomUuidSql => RandomUuid;

    /// <inheritdoc />
    protected override string ExpressionDefault(string sql) => "(" + sql + ")";

    /// <inheritdoc />
    protected override void EmitComments(DdlContext ctx, Table table)
    {
        // Comments are written as -- lines inside and above CREATE TABLE.
    }

    /// <inheritdoc />
    protected override void EmitUpdatedAt(DdlContext ctx, Table table, Column column)
    {
        // AFTER UPDATE rewrites the row; the WHEN guard skips rows whose update already set the column, which also
        // stops the trigger's own UPDATE from firing it again when recursive triggers are on.
        var name = ObjectNames.Derive(Dialect, "trg", table.Name, ["updated_at"]);
        var col = Q(column.Name);
        var now = column.Type.Kind == TypeKind.TimestampTz ? IsoNow : "CURRENT_TIMESTAMP";
        ctx.Add($"CREATE TRIGGER {Q(name)} AFTER UPDATE ON {TableName(table)} FOR EACH ROW WHEN NEW.{col} IS OLD.{col}\n" +
                $"BEGIN\n  UPDATE {TableName(table)} SET {col} = {now} WHERE rowid = NEW.rowid;\nEND");
    }
}
