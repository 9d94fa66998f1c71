using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.SqlServer;

/// <summary>
/// SQL Server 2019+ DDL: guarded CREATE SCHEMA, IDENTITY(1,1), named default constraints, enums as CHECK, filtered
/// and INCLUDE indexes, MS_Description extended properties, and an AFTER UPDATE trigger (joining <c>inserted</c> on
/// the primary key) for updated-at. RESTRICT does not exist and becomes NO ACTION (reported).
/// </summary>
public sealed class SqlServerDdlGenerator(SqlDialect dialect) : DdlGenerator(dialect)
{
    private const string DefaultSchema = "dbo";

    /// <inheritdoc />
    protected override bool SupportsPartialIndexes => true;

    /// <inheritdoc />
    protected override bool SupportsInclude => true;

    /// <inheritdoc />
    protected override bool SupportsExpressionParts => false;

    /// <inheritdoc />
    protected override string TableName(Table table) => Q(table.Schema ?? DefaultSchema) + "." + Q(table.Name);

    /// <inheritdoc />
    protected override void EmitPreamble(DdlContext ctx, IReadOnlyList<Table> tables)
    {
        // CREATE SCHEMA must be alone in its batch, hence EXEC of a string.
        foreach (var s in SchemasOf(ctx.Design, tables).Where(s => s != DefaultSchema))
        {
            ctx.Add($"IF SCHEMA_ID({Literal(s)}) IS NULL EXEC({Literal("CREATE SCHEMA " + Q(s))})");
        }
    }

    /// <inheritdoc />
    protected override string IdentityClause(DdlContext ctx, Table table, Column column) => " IDENTITY(1,1)";

    /// <inheritdoc />
    protected override string DefaultClause(DdlContext ctx, Table table, Column column, string defaultSql) =>
        $" CONSTRAINT {Q(ObjectNames.Derive(Dialect, "df", table.Name, [column.Name]))} DEFAULT ({defaultSql})";

    /// <inheritdoc />
    protected override string CurrentTimestampSql(Column column, string nativeType) =>
        nativeType.StartsWith("datetimeoffset", StringComparison.OrdinalIgnoreCase) ? "SYSDATETIMEOFFSET()" : "SYSDATETIME()";

    /// <inheritdoc />
    protected override string CurrentDateSql => "CAST(SYSDATETIME() AS date)";

    /// <inheritdoc />
    protected override string RandomUuidSql => "NEWID()";

    /// <inheritdoc />
    protected override IEnumerable<string> ExtraTableConstraints(DdlContext ctx, Table table) => EnumCheckConstraints(ctx, table);

    /// <inheritdoc />
    protected override string? ActionSql(DdlContext ctx, string path, ReferentialAction action)
    {
        if (action != ReferentialAction.Restrict) return ActionKeyword(action);
        ctx.Warning(DdlCodes.ReferentialActionUnsupported, path,
            "SQL Server has no RESTRICT; NO ACTION (checked at the end of the statement) is used.");
        return "NO ACTION";
    }

    /// <inheritdoc />
    protected override void EmitComments(DdlContext ctx, Table table)
    {
        var schema = table.Schema ?? DefaultSchema;
        var level = $"@level0type = N'SCHEMA', @level0name = {Literal(schema)}, @level1type = N'TABLE', @level1name = {Literal(table.Name)}";
        if (table.Comment is { } tc) ctx.Add(Description(tc, level));
        foreach (var c in table.Columns)
        {
            if (c.Comment is { } cc) ctx.Add(Description(cc, level + $", @level2type = N'COLUMN', @level2name = {Literal(c.Name)}"));
        }
    }

    private string Description(string text, string level) =>
        $"EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = {Literal(text)}, {level}";

    /// <inheritdoc />
    protected override void EmitUpdatedAt(DdlContext ctx, Table table, Column column)
    {
        var keys = table.PrimaryKey is { } pk ? ColumnNames(ctx, table, pk.ColumnIds, "primaryKey") : null;
        if (keys is null || keys.Count == 0)
        {
            ctx.Warning(DdlCodes.UpdatedAtUnsupported, DdlContext.PathOf(table, column),
                "Keeping the column current needs a primary key to find the updated rows; no trigger was created.");
            return;
        }
        var now = CurrentTimestampSql(column, column.NativeTypeFor(Dialect.Name) ?? Dialect.Types.Map(column.Type).Sql);
        var name = Q(table.Schema ?? DefaultSchema) + "." + Q(ObjectNames.Derive(Dialect, "trg", table.Name, ["updated_at"]));
        var join = string.Join(" AND ", keys.Select(k => $"t.{Q(k)} = i.{Q(k)}"));
        ctx.Add($"CREATE TRIGGER {name} ON {TableName(table)} AFTER UPDATE AS\nBEGIN\n" +
                "  SET NOCOUNT ON;\n" +
                "  IF TRIGGER_NESTLEVEL(@@PROCID) > 1 RETURN;\n" +
                $"  UPDATE t SET t.{Q(column.Name)} = {now} FROM {TableName(table)} AS t INNER JOIN inserted AS i ON {join};\n" +
                "END");
    }
}
