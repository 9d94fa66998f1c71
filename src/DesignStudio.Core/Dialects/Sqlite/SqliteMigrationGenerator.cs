using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.Sqlite;

/// <summary>
/// SQLite migrations. ALTER TABLE can only rename tables and columns and add simple columns, so every other change
/// to an existing table becomes a <see cref="RebuildTable"/>: SQLite's 12-step procedure (foreign keys off, new
/// table, copy rows, drop, rename, recreate indexes and triggers, foreign_key_check, foreign keys on).
/// </summary>
public sealed class SqliteMigrationGenerator(SqlDialect dialect) : MigrationGenerator(dialect, new SqliteDdlGenerator(dialect))
{
    private const string RebuildPrefix = "_ds_new_";

    /// <inheritdoc />
    protected override bool InlineForeignKeysOfNewTables => true;

    /// <inheritdoc />
    public override IReadOnlyList<SchemaChange> Rewrite(IReadOnlyList<SchemaChange> changes, Design from, Design to)
    {
        var rebuild = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in changes)
        {
            if (c is TableChange t && from.FindTable(t.TableId) is not null && to.FindTable(t.TableId) is not null && NeedsRebuild(t, from)) rebuild.Add(t.TableId);
            if (c is Diff.AddEnumValue or Diff.RenameEnumValue or Diff.ReplaceEnum)
            {
                var id = c switch { Diff.AddEnumValue a => a.To.Id, Diff.RenameEnumValue r => r.To.Id, Diff.ReplaceEnum e => e.To.Id, _ => "" };
                foreach (var table in to.Tables)
                {
                    if (from.FindTable(table.Id) is not null && table.Columns.Any(col => col.Type.EnumId == id)) rebuild.Add(table.Id);
                }
            }
        }
        if (rebuild.Count == 0) return changes;
        var result = new List<SchemaChange>();
        var causes = new Dictionary<string, List<SchemaChange>>(StringComparer.Ordinal);
        foreach (var c in changes)
        {
            if (c is TableChange t and not Diff.RenameTable && rebuild.Contains(t.TableId))
            {
                if (!causes.TryGetValue(t.TableId, out var list))
                {
                    causes[t.TableId] = list = [];
                    result.Add(new RebuildTable(from.GetTable(t.TableId), to.GetTable(t.TableId), list));
                }
                list.Add(c);
                continue;
            }
            result.Add(c);
        }
        foreach (var id in rebuild)
        {
            if (!causes.ContainsKey(id)) result.Add(new RebuildTable(from.GetTable(id), to.GetTable(id), []));
        }
        return result;
    }

    private static bool NeedsRebuild(TableChange change, Design from) => change switch
    {
        Diff.RenameTable or Diff.RenameColumn or Diff.ChangeTableComment or Diff.AddIndex or Diff.DropIndex => false,
        Diff.AddUpdatedAt or Diff.DropUpdatedAt or Diff.RenameConstraint => false,
        AlterColumn a => a.Changes != ColumnChanges.Comment,
        AddColumn a => !CanAddInPlace(a.To, a.Column),
        AddForeignKey a => from.FindTable(a.To.Id) is not null,
        _ => true,
    };

    /// <summary>ADD COLUMN cannot add key, enum-checked or identity columns, nor NOT NULL or non-constant defaults.</summary>
    private static bool CanAddInPlace(Table table, Column column)
    {
        if (column.Identity != IdentityKind.None || column.Type.Kind == TypeKind.Enum) return false;
        if (table.PrimaryKey?.ColumnIds.Contains(column.Id) == true || table.Uniques.Any(u => u.ColumnIds.Contains(column.Id))) return false;
        if (table.ForeignKeys.Any(f => f.ColumnIds.Contains(column.Id))) return false;
        if (column.Default is { } d && d.Kind != DefaultKind.Literal) return false;
        return column.Nullable || column.Default is not null;
    }

    /// <inheritdoc />
    public override IReadOnlyList<SqlStatement> Assemble(IReadOnlyList<SqlStatement> body, MigrationContext ctx)
    {
        if (body.Count == 0) return body;
        // foreign_keys cannot change inside a transaction, so it is switched around it.
        return [new SqlStatement("PRAGMA foreign_keys = OFF"), new SqlStatement("BEGIN"), .. body,
            new SqlStatement("PRAGMA foreign_key_check"), new SqlStatement("COMMIT"), new SqlStatement("PRAGMA foreign_keys = ON")];
    }

    /// <inheritdoc />
    protected override void AlterColumn(MigrationContext ctx, Emit emit, AlterColumn change)
    {
        // Only comment changes reach here (everything else is a rebuild); comments live in CREATE TABLE's text.
    }

    /// <inheritdoc />
    protected override void RenameConstraint(MigrationContext ctx, Emit emit, RenameConstraint change)
    {
        if (change.Kind != ConstraintKind.Index) return; // constraint names live only in the CREATE TABLE text
        emit.Add($"DROP INDEX {Q(change.FromName)}");
        if (change.To.Indexes.FirstOrDefault(i => i.Id == change.ObjectId) is { } ix) emit.AddRange(Ddl.IndexStatements(ctx.ToDdl, change.To, ix));
    }

    /// <inheritdoc />
    protected override void DropIndex(MigrationContext ctx, Emit emit, Table table, string name) => emit.Add($"DROP INDEX {Q(name)}");

    /// <inheritdoc />
    protected override void DropUpdatedAt(MigrationContext ctx, Emit emit, DropUpdatedAt change)
    {
        if (ctx.To.FindTable(change.From.Id) is null) return; // dropped with its table
        base.DropUpdatedAt(ctx, emit, change);
    }

    /// <inheritdoc />
    protected override void RebuildTable(MigrationContext ctx, Emit emit, RebuildTable change)
    {
        var target = change.To;
        var current = Q(target.Name); // renames ran before: the old table already has the new name
        var temp = Q(RebuildPrefix + target.Name);
        var create = Ddl.CreateTableSql(ctx.ToDdl, target, inlineForeignKeys: true);
        var head = $"CREATE TABLE {Name(target)} (";
        emit.Add("CREATE TABLE " + temp + " (" + create[head.Length..]);
        var copied = target.Columns.Where(c => change.From.FindColumn(c.Id) is not null).ToList();
        if (copied.Count > 0)
        {
            var into = string.Join(", ", copied.Select(c => Q(c.Name)));
            var select = string.Join(", ", copied.Select(c => Q(change.From.GetColumn(c.Id).Name)));
            emit.Add($"INSERT INTO {temp} ({into}) SELECT {select} FROM {current}");
        }
        emit.Add($"DROP TABLE {current}");
        emit.Add($"ALTER TABLE {temp} RENAME TO {current}");
        foreach (var ix in target.Indexes) emit.AddRange(Ddl.IndexStatements(ctx.ToDdl, target, ix));
        if (target.Features.UpdatedAtColumnId is { } u && target.FindColumn(u) is { } col) emit.AddRange(Ddl.UpdatedAtStatements(ctx.ToDdl, target, col));
    }
}
