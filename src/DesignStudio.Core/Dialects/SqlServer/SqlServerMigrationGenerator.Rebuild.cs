using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.SqlServer;

/// <summary>
/// SQL Server cannot add or remove IDENTITY on an existing column, so such a table is rebuilt: foreign keys that
/// reference it are dropped, the old table is renamed and stripped of its constraints (their names are schema-wide),
/// the new table is created, rows are copied (with IDENTITY_INSERT when the new table has an identity column), the
/// old table is dropped, and indexes, comments, the updated-at trigger and the surviving foreign keys come back.
/// </summary>
public sealed partial class SqlServerMigrationGenerator
{
    private const string OldPrefix = "_ds_old_";

    /// <inheritdoc />
    public override IReadOnlyList<SchemaChange> Rewrite(IReadOnlyList<SchemaChange> changes, Design from, Design to)
    {
        var rebuild = changes.OfType<AlterColumn>().Where(a => a.Changes.HasFlag(ColumnChanges.Identity)).Select(a => a.TableId)
            .ToHashSet(StringComparer.Ordinal);
        if (rebuild.Count == 0) return changes;
        var result = new List<SchemaChange>();
        var causes = new Dictionary<string, List<SchemaChange>>(StringComparer.Ordinal);
        foreach (var c in changes)
        {
            // Renames run first and foreign keys in their own phases; every other change of the table is the rebuild.
            if (c is TableChange t and not Diff.RenameTable and not Diff.AddForeignKey and not Diff.DropForeignKey && rebuild.Contains(t.TableId))
            {
                if (!causes.TryGetValue(t.TableId, out var list))
                {
                    causes[t.TableId] = list = [];
                    result.Add(new Diff.RebuildTable(from.GetTable(t.TableId), to.GetTable(t.TableId), list));
                }
                list.Add(c);
                continue;
            }
            result.Add(c);
        }
        return result;
    }

    /// <inheritdoc />
    protected override void RebuildTable(MigrationContext ctx, Emit emit, Diff.RebuildTable change)
    {
        var target = change.To;
        var schema = target.Schema ?? DefaultSchema;
        var current = Name(target); // renames ran before: the table already has its new name
        var oldName = OldPrefix + target.Name;
        var old = $"{Q(schema)}.{Q(oldName)}";
        var oldObject = N(Literal(schema + "." + oldName));

        emit.Add(DropAllSql("sys.foreign_keys", "referenced_object_id", N(Object(target)), "parent_object_id"));
        emit.Add($"EXEC sp_rename {N(Object(target))}, {N(Literal(oldName))}");
        emit.Add(DropAllSql("sys.objects", "parent_object_id", oldObject, "parent_object_id", "type IN ('PK', 'UQ', 'C', 'D', 'F')"));
        emit.Add(Ddl.CreateTableSql(ctx.ToDdl, target, inlineForeignKeys: false));
        var copied = target.Columns.Where(c => change.From.FindColumn(c.Id) is not null).ToList();
        if (copied.Count > 0)
        {
            var identity = target.Columns.Any(c => c.Identity != IdentityKind.None && copied.Contains(c));
            var into = string.Join(", ", copied.Select(c => Q(c.Name)));
            var select = string.Join(", ", copied.Select(c => Q(change.From.GetColumn(c.Id).Name)));
            var insert = $"INSERT INTO {current} ({into}) SELECT {select} FROM {old}";
            emit.Add(identity ? $"SET IDENTITY_INSERT {current} ON;\n{insert};\nSET IDENTITY_INSERT {current} OFF" : insert);
        }
        emit.Add($"DROP TABLE {old}");
        foreach (var ix in target.Indexes) emit.AddRange(Ddl.IndexStatements(ctx.ToDdl, target, ix));
        emit.AddRange(Ddl.CommentStatements(ctx.ToDdl, target));
        if (target.Features.UpdatedAtColumnId is { } u && target.FindColumn(u) is { } col) emit.AddRange(Ddl.UpdatedAtStatements(ctx.ToDdl, target, col));
        foreach (var (owner, fk) in SurvivingForeignKeys(ctx, target))
        {
            if (Ddl.ForeignKeySql(ctx.ToDdl, owner, fk) is { } clause) emit.Add($"ALTER TABLE {Name(owner)} ADD {clause}");
        }
    }

    // Foreign keys of or to the table that exist before and after unchanged: the rebuild dropped them, nothing else re-adds them.
    private static IEnumerable<(Table Owner, ForeignKey Key)> SurvivingForeignKeys(MigrationContext ctx, Table target)
    {
        foreach (var owner in ctx.To.Tables)
        {
            var before = ctx.From.FindTable(owner.Id);
            if (before is null) continue;
            foreach (var fk in owner.ForeignKeys)
            {
                if (owner.Id != target.Id && fk.TargetTableId != target.Id) continue;
                if (before.ForeignKeys.Any(f => f == fk)) yield return (owner, fk);
            }
        }
    }

    // Dynamic SQL: constraint names are looked up in the catalog (they may be system-generated).
    private static string DropAllSql(string catalog, string column, string objectLiteral, string ownerColumn, string? filter = null) =>
        "DECLARE @drop nvarchar(max) = N'';\n" +
        $"SELECT @drop += N'ALTER TABLE ' + QUOTENAME(OBJECT_SCHEMA_NAME({ownerColumn})) + N'.' + QUOTENAME(OBJECT_NAME({ownerColumn})) " +
        $"+ N' DROP CONSTRAINT ' + QUOTENAME(name) + N';' FROM {catalog} WHERE {column} = OBJECT_ID({objectLiteral})" +
        (filter is null ? "" : " AND " + filter) + ";\n" +
        "EXEC sp_executesql @drop";
}
