using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.SqlServer;

/// <summary>
/// SQL Server migrations: one transaction with XACT_ABORT on, renames through sp_rename, defaults as named
/// constraints (dropped by looking their name up before a column is altered or dropped), enum values as checks.
/// </summary>
public sealed partial class SqlServerMigrationGenerator(SqlDialect dialect) : MigrationGenerator(dialect, new SqlServerDdlGenerator(dialect))
{
    private const string DefaultSchema = "dbo";

    /// <inheritdoc />
    protected override string BeginSql => "SET XACT_ABORT ON;\nBEGIN TRANSACTION";

    /// <inheritdoc />
    protected override string CommitSql => "COMMIT TRANSACTION";

    private string Object(Table table) => Literal((table.Schema ?? DefaultSchema) + "." + table.Name);

    private static string N(string literal) => literal.StartsWith('N') ? literal : "N" + literal;

    /// <inheritdoc />
    protected override void RenameTable(MigrationContext ctx, Emit emit, RenameTable change)
    {
        var current = change.From;
        if (change.From.Name != change.To.Name)
        {
            emit.Add($"EXEC sp_rename {N(Object(current))}, {N(Literal(change.To.Name))}");
            current = current with { Name = change.To.Name };
        }
        if (change.From.Schema != change.To.Schema) emit.Add($"ALTER SCHEMA {Q(change.To.Schema ?? DefaultSchema)} TRANSFER {Name(current)}");
    }

    /// <inheritdoc />
    protected override void AddColumn(MigrationContext ctx, Emit emit, AddColumn change) =>
        emit.Add($"ALTER TABLE {Name(change.To)} ADD {Ddl.ColumnDefinitionSql(ctx.ToDdl, change.To, change.Column)}");

    /// <inheritdoc />
    protected override void DropColumn(MigrationContext ctx, Emit emit, DropColumn change)
    {
        DropDefault(emit, change.To, change.Column.Name);
        base.DropColumn(ctx, emit, change);
    }

    /// <inheritdoc />
    protected override void RenameColumn(MigrationContext ctx, Emit emit, RenameColumn change) =>
        emit.Add($"EXEC sp_rename {N(Literal((change.To.Schema ?? DefaultSchema) + "." + change.To.Name + "." + change.FromColumn.Name))}, " +
                 $"{N(Literal(change.ToColumn.Name))}, N'COLUMN'");

    /// <summary>Drops whatever default constraint the column has, found by name in the catalog.</summary>
    private void DropDefault(Emit emit, Table table, string column) =>
        emit.Add("DECLARE @df sysname = (SELECT dc.name FROM sys.default_constraints dc JOIN sys.columns c " +
                 "ON c.object_id = dc.parent_object_id AND c.column_id = dc.parent_column_id " +
                 $"WHERE dc.parent_object_id = OBJECT_ID({N(Object(table))}) AND c.name = {N(Literal(column))});\n" +
                 "IF @df IS NOT NULL\nBEGIN\n" +
                 $"  DECLARE @sql nvarchar(max) = N'ALTER TABLE {Name(table).Replace("'", "''", StringComparison.Ordinal)} DROP CONSTRAINT ' + QUOTENAME(@df);\n" +
                 "  EXEC sp_executesql @sql;\nEND");

    /// <inheritdoc />
    protected override void AlterColumn(MigrationContext ctx, Emit emit, AlterColumn change)
    {
        var t = Name(change.To);
        var c = change.ToColumn;
        // IDENTITY changes never reach here: Rewrite turns their table into a RebuildTable.
        var newDefault = Ddl.DefaultValueSql(ctx.ToDdl, change.To, c);
        var touchesDefault = change.Changes.HasFlag(ColumnChanges.Default) || change.Changes.HasFlag(ColumnChanges.Type);
        if (touchesDefault) DropDefault(emit, change.To, c.Name);
        if ((change.Changes & (ColumnChanges.Type | ColumnChanges.Nullability)) != 0)
        {
            emit.Add($"ALTER TABLE {t} ALTER COLUMN {Q(c.Name)} {Ddl.ColumnTypeSql(ctx.ToDdl, change.To, c)} {(c.Nullable ? "NULL" : "NOT NULL")}");
        }
        if (touchesDefault && newDefault is not null)
        {
            emit.Add($"ALTER TABLE {t} ADD CONSTRAINT {Q(ObjectNames.Derive(Dialect, "df", change.To.Name, [c.Name]))} DEFAULT ({newDefault}) FOR {Q(c.Name)}");
        }
        if (change.Changes.HasFlag(ColumnChanges.Comment)) ColumnComment(ctx, emit, change.To, c, change.FromColumn.Comment is not null);
    }

    private void ColumnComment(MigrationContext ctx, Emit emit, Table table, Column column, bool hadComment)
    {
        var level = $"@level0type = N'SCHEMA', @level0name = {N(Literal(table.Schema ?? DefaultSchema))}, @level1type = N'TABLE', " +
                    $"@level1name = {N(Literal(table.Name))}, @level2type = N'COLUMN', @level2name = {N(Literal(column.Name))}";
        if (hadComment) emit.Add($"EXEC sys.sp_dropextendedproperty @name = N'MS_Description', {level}");
        if (column.Comment is { } text) emit.Add($"EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = {N(Literal(text))}, {level}");
    }

    /// <inheritdoc />
    protected override void ChangeTableComment(MigrationContext ctx, Emit emit, ChangeTableComment change)
    {
        var level = $"@level0type = N'SCHEMA', @level0name = {N(Literal(change.To.Schema ?? DefaultSchema))}, @level1type = N'TABLE', @level1name = {N(Literal(change.To.Name))}";
        if (change.From.Comment is not null) emit.Add($"EXEC sys.sp_dropextendedproperty @name = N'MS_Description', {level}");
        if (change.To.Comment is { } text) emit.Add($"EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = {N(Literal(text))}, {level}");
    }

    /// <inheritdoc />
    protected override void DropIndex(MigrationContext ctx, Emit emit, Table table, string name) => emit.Add($"DROP INDEX {Q(name)} ON {Name(table)}");

    /// <inheritdoc />
    protected override void RenameConstraint(MigrationContext ctx, Emit emit, RenameConstraint change)
    {
        var schema = change.To.Schema ?? DefaultSchema;
        if (change.Kind == ConstraintKind.Index)
        {
            emit.Add($"EXEC sp_rename {N(Literal(schema + "." + change.To.Name + "." + change.FromName))}, {N(Literal(change.ToName))}, N'INDEX'");
            return;
        }
        emit.Add($"EXEC sp_rename {N(Literal(schema + "." + change.FromName))}, {N(Literal(change.ToName))}, N'OBJECT'");
    }

    /// <summary>Enum values live in a check constraint per column: it is replaced.</summary>
    protected override void AlterEnumColumns(MigrationContext ctx, Emit emit, EnumType type)
    {
        foreach (var (_, to, _, column) in EnumColumns(ctx, type))
        {
            var name = Q(ObjectNames.Derive(Dialect, "ck", to.Name, [column.Name, "enum"]));
            emit.Add($"ALTER TABLE {Name(to)} DROP CONSTRAINT {name}");
            emit.Add($"ALTER TABLE {Name(to)} ADD CONSTRAINT {name} CHECK ({Q(column.Name)} IN ({string.Join(", ", type.Values.Select(Literal))}))");
        }
    }

    /// <inheritdoc />
    protected override void DropUpdatedAt(MigrationContext ctx, Emit emit, DropUpdatedAt change) =>
        emit.Add($"DROP TRIGGER {Q(change.From.Schema ?? DefaultSchema)}.{Q(EffectiveNames.UpdatedAtTrigger(Dialect, change.From))}");
}
