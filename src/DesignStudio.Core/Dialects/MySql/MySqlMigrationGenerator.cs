using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.MySql;

/// <summary>
/// MySQL and MariaDB migrations. DDL commits implicitly, so the script is not atomic (its header says so); columns
/// change with MODIFY COLUMN and the full definition; enum values, comments and ON UPDATE CURRENT_TIMESTAMP live in
/// the column definition, so changing them rewrites it too.
/// </summary>
public class MySqlMigrationGenerator(SqlDialect dialect, DdlGenerator ddl) : MigrationGenerator(dialect, ddl)
{
    /// <summary>Creates the MySQL generator.</summary>
    public MySqlMigrationGenerator(SqlDialect dialect) : this(dialect, new MySqlDdlGenerator(dialect))
    {
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Header(IReadOnlyList<SchemaChange> changes) =>
    [
        $"{Dialect.DisplayName}: this script is NOT atomic. Every DDL statement commits implicitly, so a failure part-way",
        "leaves the statements before it applied; fix the cause and run the remaining statements (or the down script).",
    ];

    /// <summary>
    /// InnoDB will not drop an index a foreign key relies on: such a key is dropped before the index and added again
    /// at the end (InnoDB then makes its own index for it, as in a fresh database).
    /// </summary>
    public override IReadOnlyList<SchemaChange> Rewrite(IReadOnlyList<SchemaChange> changes, Design from, Design to)
    {
        var result = changes.ToList();
        foreach (var drop in changes.OfType<Diff.DropIndex>())
        {
            if (to.FindTable(drop.From.Id) is null) continue;
            var lead = drop.Index.Parts.Select(p => p.ColumnId).ToList();
            foreach (var fk in drop.To.ForeignKeys)
            {
                var covered = fk.ColumnIds.Count <= lead.Count && fk.ColumnIds.Select((c, i) => lead[i] == c).All(x => x);
                if (!covered || changes.Any(c => c is Diff.DropForeignKey d && d.Key.Id == fk.Id)) continue;
                if (drop.From.ForeignKeys.All(f => f.Id != fk.Id)) continue;
                result.Add(new Diff.DropForeignKey(drop.From, drop.To, drop.From.ForeignKeys.First(f => f.Id == fk.Id)));
                result.Add(new Diff.AddForeignKey(drop.From, drop.To, fk));
            }
        }
        return result;
    }

    /// <inheritdoc />
    public override IReadOnlyList<SqlStatement> Assemble(IReadOnlyList<SqlStatement> body, MigrationContext ctx) => body;

    /// <inheritdoc />
    protected override void RenameTable(MigrationContext ctx, Emit emit, RenameTable change) =>
        emit.Add($"RENAME TABLE {Name(change.From)} TO {Name(change.To)}");

    /// <inheritdoc />
    protected override void ChangeTableComment(MigrationContext ctx, Emit emit, ChangeTableComment change) =>
        emit.Add($"ALTER TABLE {Name(change.To)} COMMENT = {Literal(change.To.Comment ?? "")}");

    /// <inheritdoc />
    protected override void AlterColumn(MigrationContext ctx, Emit emit, AlterColumn change) =>
        emit.Add($"ALTER TABLE {Name(change.To)} MODIFY COLUMN {Ddl.ColumnDefinitionSql(ctx.ToDdl, change.To, change.ToColumn)}");

    /// <inheritdoc />
    protected override void DropPrimaryKey(MigrationContext ctx, Emit emit, DropPrimaryKey change)
    {
        // AUTO_INCREMENT needs a key: drop it first when the key goes.
        foreach (var id in change.Key.ColumnIds)
        {
            if (change.From.FindColumn(id) is { Identity: not IdentityKind.None } c && Ddl.IdentitySql(ctx.FromDdl, change.From, c).Length > 0)
            {
                var plain = c with { Identity = IdentityKind.None };
                emit.Add($"ALTER TABLE {Name(change.From)} MODIFY COLUMN {Ddl.ColumnDefinitionSql(ctx.FromDdl, change.From, plain)}");
            }
        }
        emit.Add($"ALTER TABLE {Name(change.From)} DROP PRIMARY KEY");
    }

    /// <inheritdoc />
    protected override void DropConstraint(MigrationContext ctx, Emit emit, Table table, ConstraintKind kind, string name)
    {
        switch (kind)
        {
            case ConstraintKind.Unique:
                emit.Add($"ALTER TABLE {Name(table)} DROP INDEX {Q(name)}");
                break;
            case ConstraintKind.ForeignKey:
                // InnoDB keeps the index it made for the key (named after it); a fresh database would not have it.
                emit.Add($"ALTER TABLE {Name(table)} DROP FOREIGN KEY {Q(name)}");
                emit.Add($"ALTER TABLE {Name(table)} DROP INDEX IF EXISTS {Q(name)}");
                break;
            default:
                emit.Add($"ALTER TABLE {Name(table)} DROP CONSTRAINT {Q(name)}");
                break;
        }
    }

    /// <inheritdoc />
    protected override void DropIndex(MigrationContext ctx, Emit emit, Table table, string name) =>
        emit.Add($"DROP INDEX {Q(name)} ON {Name(table)}");

    /// <inheritdoc />
    protected override void RenameConstraint(MigrationContext ctx, Emit emit, RenameConstraint change)
    {
        switch (change.Kind)
        {
            case ConstraintKind.PrimaryKey:
                return; // always called PRIMARY
            case ConstraintKind.Index or ConstraintKind.Unique:
                emit.Add($"ALTER TABLE {Name(change.To)} RENAME INDEX {Q(change.FromName)} TO {Q(change.ToName)}");
                return;
            case ConstraintKind.Check when change.To.Checks.FirstOrDefault(c => c.Id == change.ObjectId) is { } ck:
                DropConstraint(ctx, emit, change.To, ConstraintKind.Check, change.FromName);
                AddConstraint(ctx, emit, change.To, Ddl.CheckSql(ctx.ToDdl, change.To, ck));
                return;
            case ConstraintKind.ForeignKey when change.To.ForeignKeys.FirstOrDefault(c => c.Id == change.ObjectId) is { } fk:
                DropConstraint(ctx, emit, change.To, ConstraintKind.ForeignKey, change.FromName);
                AddConstraint(ctx, emit, change.To, Ddl.ForeignKeySql(ctx.ToDdl, change.To, fk));
                return;
        }
    }

    /// <summary>ON UPDATE CURRENT_TIMESTAMP is part of the column definition.</summary>
    protected override void AddUpdatedAt(MigrationContext ctx, Emit emit, AddUpdatedAt change)
    {
        if (ctx.From.FindTable(change.To.Id) is null) return; // created with the table
        emit.Add($"ALTER TABLE {Name(change.To)} MODIFY COLUMN {Ddl.ColumnDefinitionSql(ctx.ToDdl, change.To, change.Column)}");
    }

    /// <inheritdoc />
    protected override void DropUpdatedAt(MigrationContext ctx, Emit emit, DropUpdatedAt change)
    {
        if (ctx.To.FindTable(change.From.Id) is null) return; // dropped with the table
        var plain = change.From with { Features = TableFeatures.None };
        emit.Add($"ALTER TABLE {Name(change.From)} MODIFY COLUMN {Ddl.ColumnDefinitionSql(ctx.FromDdl, plain, change.Column)}");
    }
}
