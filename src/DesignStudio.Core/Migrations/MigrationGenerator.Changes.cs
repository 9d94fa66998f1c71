using DesignStudio.Core.Diff;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Migrations;

public abstract partial class MigrationGenerator
{
    /// <summary>Whether CREATE TABLE of a new table carries its foreign keys (then its AddForeignKey changes write nothing).</summary>
    protected virtual bool InlineForeignKeysOfNewTables => false;

    /// <summary>CREATE TABLE with its indexes and comments.</summary>
    protected virtual void AddTable(MigrationContext ctx, Emit emit, Table table)
    {
        emit.Add(Ddl.CreateTableSql(ctx.ToDdl, table, InlineForeignKeysOfNewTables));
        foreach (var ix in table.Indexes) emit.AddRange(Ddl.IndexStatements(ctx.ToDdl, table, ix));
        emit.AddRange(Ddl.CommentStatements(ctx.ToDdl, table));
    }

    /// <summary>DROP TABLE.</summary>
    protected virtual void DropTable(MigrationContext ctx, Emit emit, Table table) => emit.Add($"DROP TABLE {Name(table)}");

    /// <summary>Renames (or moves) a table.</summary>
    protected virtual void RenameTable(MigrationContext ctx, Emit emit, RenameTable change) =>
        emit.Add($"ALTER TABLE {Name(change.From)} RENAME TO {Q(change.To.Name)}");

    /// <summary>Sets or removes the table comment.</summary>
    protected virtual void ChangeTableComment(MigrationContext ctx, Emit emit, ChangeTableComment change)
    {
    }

    /// <summary>ALTER TABLE ... ADD COLUMN with the full definition.</summary>
    protected virtual void AddColumn(MigrationContext ctx, Emit emit, AddColumn change)
    {
        emit.Add($"ALTER TABLE {Name(change.To)} ADD COLUMN {Ddl.ColumnDefinitionSql(ctx.ToDdl, change.To, change.Column)}");
        if (change.Column.Comment is not null) ColumnComment(ctx, emit, change.To, change.Column);
    }

    /// <summary>ALTER TABLE ... DROP COLUMN (runs after renames: the table has its new name).</summary>
    protected virtual void DropColumn(MigrationContext ctx, Emit emit, DropColumn change) =>
        emit.Add($"ALTER TABLE {Name(change.To)} DROP COLUMN {Q(change.Column.Name)}");

    /// <summary>ALTER TABLE ... RENAME COLUMN.</summary>
    protected virtual void RenameColumn(MigrationContext ctx, Emit emit, RenameColumn change) =>
        emit.Add($"ALTER TABLE {Name(change.To)} RENAME COLUMN {Q(change.FromColumn.Name)} TO {Q(change.ToColumn.Name)}");

    /// <summary>Changes type, nullability, default, identity or comment of a column.</summary>
    protected abstract void AlterColumn(MigrationContext ctx, Emit emit, AlterColumn change);

    /// <summary>Writes a column comment statement (dialects with comments).</summary>
    protected virtual void ColumnComment(MigrationContext ctx, Emit emit, Table table, Column column)
    {
    }

    /// <summary>ALTER TABLE ... ADD a constraint clause.</summary>
    protected void AddConstraint(MigrationContext ctx, Emit emit, Table table, string? clause)
    {
        if (clause is not null) emit.Add($"ALTER TABLE {Name(table)} ADD {clause}");
    }

    /// <summary>Adds a unique constraint.</summary>
    protected virtual void AddUnique(MigrationContext ctx, Emit emit, AddUnique change) =>
        AddConstraint(ctx, emit, change.To, Ddl.UniqueSql(ctx.ToDdl, change.To, change.Unique));

    /// <summary>Adds a check constraint.</summary>
    protected virtual void AddCheck(MigrationContext ctx, Emit emit, AddCheck change) =>
        AddConstraint(ctx, emit, change.To, Ddl.CheckSql(ctx.ToDdl, change.To, change.Check));

    /// <summary>Adds a foreign key.</summary>
    protected virtual void AddForeignKey(MigrationContext ctx, Emit emit, AddForeignKey change)
    {
        if (InlineForeignKeysOfNewTables && ctx.From.FindTable(change.To.Id) is null) return;
        AddConstraint(ctx, emit, change.To, Ddl.ForeignKeySql(ctx.ToDdl, change.To, change.Key));
    }

    /// <summary>Drops a foreign key (runs before renames: old names).</summary>
    protected virtual void DropForeignKey(MigrationContext ctx, Emit emit, DropForeignKey change)
    {
        if (InlineForeignKeysOfNewTables && ctx.To.FindTable(change.From.Id) is null) return;
        DropConstraint(ctx, emit, change.From, ConstraintKind.ForeignKey, EffectiveNames.Of(Dialect, change.From, change.Key));
    }

    /// <summary>Drops the primary key.</summary>
    protected virtual void DropPrimaryKey(MigrationContext ctx, Emit emit, DropPrimaryKey change) =>
        DropConstraint(ctx, emit, change.From, ConstraintKind.PrimaryKey, EffectiveNames.Of(Dialect, change.From, change.Key));

    /// <summary>ALTER TABLE ... DROP CONSTRAINT.</summary>
    protected virtual void DropConstraint(MigrationContext ctx, Emit emit, Table table, ConstraintKind kind, string name) =>
        emit.Add($"ALTER TABLE {Name(table)} DROP CONSTRAINT {Q(name)}");

    /// <summary>Creates an index.</summary>
    protected virtual void AddIndex(MigrationContext ctx, Emit emit, AddIndex change) =>
        emit.AddRange(Ddl.IndexStatements(ctx.ToDdl, change.To, change.Index));

    /// <summary>Drops an index.</summary>
    protected virtual void DropIndex(MigrationContext ctx, Emit emit, Table table, string name) =>
        emit.Add($"DROP INDEX {(table.Schema is { } s ? Q(s) + "." : "")}{Q(name)}");

    /// <summary>Renames a constraint or index.</summary>
    protected abstract void RenameConstraint(MigrationContext ctx, Emit emit, RenameConstraint change);

    /// <summary>Creates an enum type (dialects with named enum types).</summary>
    protected virtual void CreateEnum(MigrationContext ctx, Emit emit, EnumType type)
    {
    }

    /// <summary>Drops an enum type (dialects with named enum types).</summary>
    protected virtual void DropEnum(MigrationContext ctx, Emit emit, EnumType type)
    {
    }

    /// <summary>Adds an enum value. Default: the columns using the enum are altered to the new value list.</summary>
    protected virtual void AddEnumValue(MigrationContext ctx, Emit emit, AddEnumValue change) => AlterEnumColumns(ctx, emit, change.To);

    /// <summary>Renames an enum value. Default: alters the columns using the enum.</summary>
    protected virtual void RenameEnumValue(MigrationContext ctx, Emit emit, RenameEnumValue change) => AlterEnumColumns(ctx, emit, change.To);

    /// <summary>Recreates an enum. Default: alters the columns using the enum.</summary>
    protected virtual void ReplaceEnum(MigrationContext ctx, Emit emit, ReplaceEnum change) => AlterEnumColumns(ctx, emit, change.To);

    /// <summary>Changes an enum comment.</summary>
    protected virtual void ChangeEnumComment(MigrationContext ctx, Emit emit, ChangeEnumComment change)
    {
    }

    /// <summary>Rewrites the columns (present in both versions) typed with <paramref name="type"/> after its values changed.</summary>
    protected virtual void AlterEnumColumns(MigrationContext ctx, Emit emit, EnumType type)
    {
        foreach (var (from, to, fc, tc) in EnumColumns(ctx, type))
        {
            AlterColumn(ctx, emit, new AlterColumn(from, to, fc, tc, ColumnChanges.Type));
        }
    }

    /// <summary>Columns typed with the enum in both versions, with their tables.</summary>
    protected static IEnumerable<(Table From, Table To, Column FromColumn, Column ToColumn)> EnumColumns(MigrationContext ctx, EnumType type)
    {
        foreach (var t in ctx.To.Tables)
        {
            if (ctx.From.FindTable(t.Id) is not { } old) continue;
            foreach (var c in t.Columns)
            {
                if (c.Type.EnumId != type.Id || old.FindColumn(c.Id) is not { } oc || oc.Type.EnumId != type.Id) continue;
                yield return (old, t, oc, c);
            }
        }
    }

    /// <summary>Creates the updated-at trigger.</summary>
    protected virtual void AddUpdatedAt(MigrationContext ctx, Emit emit, AddUpdatedAt change) =>
        emit.AddRange(Ddl.UpdatedAtStatements(ctx.ToDdl, change.To, change.Column));

    /// <summary>Drops the updated-at trigger (runs first: old names).</summary>
    protected virtual void DropUpdatedAt(MigrationContext ctx, Emit emit, DropUpdatedAt change) =>
        emit.Add($"DROP TRIGGER {Q(EffectiveNames.UpdatedAtTrigger(Dialect, change.From))}");

    /// <summary>Rebuilds a table (only dialects that rewrite changes into rebuilds).</summary>
    protected virtual void RebuildTable(MigrationContext ctx, Emit emit, RebuildTable change) =>
        throw new NotSupportedException($"{Dialect.DisplayName} does not rebuild tables.");
}
