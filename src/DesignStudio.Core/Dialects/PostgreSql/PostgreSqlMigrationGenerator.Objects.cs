using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.PostgreSql;

public sealed partial class PostgreSqlMigrationGenerator
{
    /// <inheritdoc />
    protected override void CreateEnum(MigrationContext ctx, Emit emit, EnumType type)
    {
        if (type.Schema is { } s) emit.Add($"CREATE SCHEMA IF NOT EXISTS {Q(s)}");
        emit.Add($"CREATE TYPE {EnumName(type)} AS ENUM ({string.Join(", ", type.Values.Select(Literal))})");
        if (type.Comment is { } c) emit.Add($"COMMENT ON TYPE {EnumName(type)} IS {Literal(c)}");
    }

    /// <inheritdoc />
    protected override void DropEnum(MigrationContext ctx, Emit emit, EnumType type) => emit.Add($"DROP TYPE {EnumName(type)}");

    /// <inheritdoc />
    protected override void AddEnumValue(MigrationContext ctx, Emit emit, AddEnumValue change) =>
        emit.AddOutside($"ALTER TYPE {EnumName(change.To)} ADD VALUE {Literal(change.Value)}" +
                        (change.Before is { } b ? $" BEFORE {Literal(b)}" : ""));

    /// <inheritdoc />
    protected override void RenameEnumValue(MigrationContext ctx, Emit emit, RenameEnumValue change) =>
        emit.Add($"ALTER TYPE {EnumName(change.To)} RENAME VALUE {Literal(change.FromValue)} TO {Literal(change.ToValue)}");

    /// <summary>Renames the old type aside, creates the new one, converts the columns through text, drops the old type.</summary>
    protected override void ReplaceEnum(MigrationContext ctx, Emit emit, ReplaceEnum change)
    {
        var aside = change.From with { Name = ObjectNames.Fit(change.From.Name + "_old", Dialect.MaxIdentifierLength, true) };
        emit.Add($"ALTER TYPE {EnumName(change.From)} RENAME TO {Q(aside.Name)}");
        emit.Add($"CREATE TYPE {EnumName(change.To)} AS ENUM ({string.Join(", ", change.To.Values.Select(Literal))})");
        foreach (var (from, to, fc, tc) in EnumColumns(ctx, change.To))
        {
            var alter = $"ALTER TABLE {Name(to)} ALTER COLUMN {Q(tc.Name)}";
            var def = Ddl.DefaultValueSql(ctx.ToDdl, to, tc);
            if (Ddl.DefaultValueSql(ctx.FromDdl, from, fc) is not null) emit.Add($"{alter} DROP DEFAULT");
            var type = Ddl.ColumnTypeSql(ctx.ToDdl, to, tc);
            emit.Add($"{alter} TYPE {type} USING {Q(tc.Name)}::text::{type}");
            if (def is not null) emit.Add($"{alter} SET DEFAULT {def}");
        }
        emit.Add($"DROP TYPE {EnumName(aside)}");
        if (change.From.Comment != change.To.Comment || change.To.Comment is not null)
        {
            emit.Add($"COMMENT ON TYPE {EnumName(change.To)} IS {(change.To.Comment is { } c ? Literal(c) : "NULL")}");
        }
    }

    /// <inheritdoc />
    protected override void ChangeEnumComment(MigrationContext ctx, Emit emit, ChangeEnumComment change) =>
        emit.Add($"COMMENT ON TYPE {EnumName(change.To)} IS {(change.To.Comment is { } c ? Literal(c) : "NULL")}");

    /// <inheritdoc />
    protected override void AddUpdatedAt(MigrationContext ctx, Emit emit, AddUpdatedAt change)
    {
        emit.AddRange(Ddl.PreambleStatements(ctx.ToDdl, change.To).Where(s => s.Sql.StartsWith("CREATE OR REPLACE FUNCTION", StringComparison.Ordinal)));
        base.AddUpdatedAt(ctx, emit, change);
    }

    /// <inheritdoc />
    protected override void DropUpdatedAt(MigrationContext ctx, Emit emit, DropUpdatedAt change) =>
        emit.Add($"DROP TRIGGER {Q(EffectiveNames.UpdatedAtTrigger(Dialect, change.From))} ON {Name(change.From)}");

    /// <inheritdoc />
    protected override void AddIndex(MigrationContext ctx, Emit emit, AddIndex change)
    {
        var statements = Ddl.IndexStatements(ctx.ToDdl, change.To, change.Index);
        // A new table is empty and not yet in use: only indexes on existing tables are built concurrently.
        if (!ctx.Options.Safe || ctx.From.FindTable(change.To.Id) is null)
        {
            emit.AddRange(statements);
            return;
        }
        foreach (var s in statements)
        {
            emit.Add(new SqlStatement(s.Sql.Replace(" INDEX ", " INDEX CONCURRENTLY ", StringComparison.Ordinal), s.Comment) { OutsideTransaction = true });
        }
    }

    /// <inheritdoc />
    protected override void AddForeignKey(MigrationContext ctx, Emit emit, AddForeignKey change)
    {
        if (!ctx.Options.Safe || ctx.From.FindTable(change.To.Id) is null)
        {
            base.AddForeignKey(ctx, emit, change);
            return;
        }
        if (Ddl.ForeignKeySql(ctx.ToDdl, change.To, change.Key) is not { } clause) return;
        emit.Add($"ALTER TABLE {Name(change.To)} ADD {clause} NOT VALID");
        emit.AddOutside($"ALTER TABLE {Name(change.To)} VALIDATE CONSTRAINT {Q(EffectiveNames.Of(Dialect, change.To, change.Key))}");
    }

    /// <inheritdoc />
    protected override void AddUnique(MigrationContext ctx, Emit emit, AddUnique change)
    {
        if (!ctx.Options.Safe || ctx.From.FindTable(change.To.Id) is null)
        {
            base.AddUnique(ctx, emit, change);
            return;
        }
        // Build the index without blocking writes, then attach it as the constraint (a catalog-only step).
        var name = Q(EffectiveNames.Of(Dialect, change.To, change.Unique));
        var cols = string.Join(", ", change.Unique.ColumnIds.Select(id => Q(change.To.GetColumn(id).Name)));
        emit.Add(new SqlStatement($"CREATE UNIQUE INDEX CONCURRENTLY {name} ON {Name(change.To)} ({cols})") { OutsideTransaction = true });
        emit.Add($"ALTER TABLE {Name(change.To)} ADD CONSTRAINT {name} UNIQUE USING INDEX {name}");
    }

    /// <inheritdoc />
    protected override void AddCheck(MigrationContext ctx, Emit emit, AddCheck change)
    {
        if (!ctx.Options.Safe || ctx.From.FindTable(change.To.Id) is null)
        {
            base.AddCheck(ctx, emit, change);
            return;
        }
        emit.Add($"ALTER TABLE {Name(change.To)} ADD {Ddl.CheckSql(ctx.ToDdl, change.To, change.Check)} NOT VALID");
        emit.AddOutside($"ALTER TABLE {Name(change.To)} VALIDATE CONSTRAINT {Q(EffectiveNames.Of(Dialect, change.To, change.Check))}");
    }
}
