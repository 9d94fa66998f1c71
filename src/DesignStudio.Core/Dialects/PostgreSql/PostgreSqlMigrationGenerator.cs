using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.PostgreSql;

/// <summary>
/// PostgreSQL migrations: transactional DDL (BEGIN/COMMIT) except ALTER TYPE ... ADD VALUE and, in the safe script,
/// CREATE INDEX CONCURRENTLY, which run outside the transaction.
/// </summary>
public sealed partial class PostgreSqlMigrationGenerator(SqlDialect dialect) : MigrationGenerator(dialect, new PostgreSqlDdlGenerator(dialect))
{
    private string EnumName(EnumType e) => (e.Schema is { } s ? Q(s) + "." : "") + Q(e.Name);

    private string SchemaPrefix(Table t) => t.Schema is { } s ? Q(s) + "." : "";

    /// <inheritdoc />
    protected override void AddTable(MigrationContext ctx, Emit emit, Table table)
    {
        emit.AddRange(Ddl.PreambleStatements(ctx.ToDdl, table).Where(s => s.Sql.StartsWith("CREATE SCHEMA", StringComparison.Ordinal)));
        base.AddTable(ctx, emit, table);
    }

    /// <inheritdoc />
    protected override void RenameTable(MigrationContext ctx, Emit emit, RenameTable change)
    {
        var current = change.From;
        if (change.From.Name != change.To.Name)
        {
            emit.Add($"ALTER TABLE {Name(current)} RENAME TO {Q(change.To.Name)}");
            current = current with { Name = change.To.Name };
        }
        if (change.From.Schema != change.To.Schema)
        {
            if (change.To.Schema is { } s) emit.Add($"CREATE SCHEMA IF NOT EXISTS {Q(s)}");
            emit.Add($"ALTER TABLE {Name(current)} SET SCHEMA {Q(change.To.Schema ?? "public")}");
        }
    }

    /// <inheritdoc />
    protected override void ChangeTableComment(MigrationContext ctx, Emit emit, ChangeTableComment change) =>
        emit.Add($"COMMENT ON TABLE {Name(change.To)} IS {(change.To.Comment is { } c ? Literal(c) : "NULL")}");

    /// <inheritdoc />
    protected override void ColumnComment(MigrationContext ctx, Emit emit, Table table, Column column) =>
        emit.Add($"COMMENT ON COLUMN {Name(table)}.{Q(column.Name)} IS {(column.Comment is { } c ? Literal(c) : "NULL")}");

    /// <inheritdoc />
    protected override void AlterColumn(MigrationContext ctx, Emit emit, AlterColumn change)
    {
        var t = Name(change.To);
        var alter = $"ALTER TABLE {t} ALTER COLUMN {Q(change.ToColumn.Name)}";
        var fromIdentity = Ddl.IdentitySql(ctx.FromDdl, change.From, change.FromColumn);
        var toIdentity = Ddl.IdentitySql(ctx.ToDdl, change.To, change.ToColumn);
        var fromDefault = Ddl.DefaultValueSql(ctx.FromDdl, change.From, change.FromColumn);
        var toDefault = Ddl.DefaultValueSql(ctx.ToDdl, change.To, change.ToColumn);
        var typeChanged = change.Changes.HasFlag(ColumnChanges.Type)
            && Ddl.ColumnTypeSql(ctx.FromDdl, change.From, change.FromColumn) != Ddl.ColumnTypeSql(ctx.ToDdl, change.To, change.ToColumn);
        if (fromIdentity.Length > 0 && toIdentity.Length == 0) emit.Add($"{alter} DROP IDENTITY");
        if (fromIdentity.Length > 0 && toIdentity.Length > 0 && fromIdentity != toIdentity)
        {
            emit.Add($"{alter} SET GENERATED {(change.ToColumn.Identity == IdentityKind.Always ? "ALWAYS" : "BY DEFAULT")}");
        }
        var defaultChanged = fromDefault != toDefault;
        if (fromDefault is not null && (defaultChanged || typeChanged)) emit.Add($"{alter} DROP DEFAULT");
        if (typeChanged)
        {
            var type = Ddl.ColumnTypeSql(ctx.ToDdl, change.To, change.ToColumn);
            var from = Ddl.ColumnTypeSql(ctx.FromDdl, change.From, change.FromColumn);
            // Enum to anything else (and back) has no direct cast: go through text.
            var via = change.FromColumn.Type.Kind == TypeKind.Enum || change.ToColumn.Type.Kind == TypeKind.Enum || from == "boolean" || type == "boolean"
                ? "::text" : "";
            emit.Add($"{alter} TYPE {type} USING {Q(change.ToColumn.Name)}{via}::{type}");
        }
        if (change.FromColumn.Nullable != change.ToColumn.Nullable) SetNullability(ctx, emit, change, alter);
        if (toDefault is not null && (defaultChanged || typeChanged)) emit.Add($"{alter} SET DEFAULT {toDefault}");
        if (fromIdentity.Length == 0 && toIdentity.Length > 0) emit.Add($"{alter} ADD{toIdentity}");
        if (change.Changes.HasFlag(ColumnChanges.Comment)) ColumnComment(ctx, emit, change.To, change.ToColumn);
    }

    private void SetNullability(MigrationContext ctx, Emit emit, AlterColumn change, string alter)
    {
        if (change.ToColumn.Nullable)
        {
            emit.Add($"{alter} DROP NOT NULL");
            return;
        }
        if (ctx.Options.Safe)
        {
            // A validated CHECK lets SET NOT NULL skip its full-table scan under an exclusive lock (PostgreSQL 12+).
            var check = Q(ObjectNames.Derive(Dialect, "ck", change.To.Name, [change.ToColumn.Name, "not_null"]));
            emit.Add($"ALTER TABLE {Name(change.To)} ADD CONSTRAINT {check} CHECK ({Q(change.ToColumn.Name)} IS NOT NULL) NOT VALID");
            emit.Add($"ALTER TABLE {Name(change.To)} VALIDATE CONSTRAINT {check}");
            emit.Add($"{alter} SET NOT NULL");
            emit.Add($"ALTER TABLE {Name(change.To)} DROP CONSTRAINT {check}");
            return;
        }
        emit.Add($"{alter} SET NOT NULL");
    }

    /// <inheritdoc />
    protected override void DropConstraint(MigrationContext ctx, Emit emit, Table table, ConstraintKind kind, string name) =>
        emit.Add($"ALTER TABLE {Name(table)} DROP CONSTRAINT {Q(name)}");

    /// <inheritdoc />
    protected override void RenameConstraint(MigrationContext ctx, Emit emit, RenameConstraint change)
    {
        if (change.Kind == ConstraintKind.Index) emit.Add($"ALTER INDEX {SchemaPrefix(change.To)}{Q(change.FromName)} RENAME TO {Q(change.ToName)}");
        else emit.Add($"ALTER TABLE {Name(change.To)} RENAME CONSTRAINT {Q(change.FromName)} TO {Q(change.ToName)}");
    }
}
