using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>
/// The canvas gesture "drag from a column to another table" as one undoable intent. When the source column is a key
/// (primary or unique) of its table, the target table gets a foreign key to it, reusing a target column of the
/// conventional name (<c>{table}_{column}</c>) or creating one with the same type; otherwise the source column becomes
/// a foreign key to the target table's primary key, which is created (an <c>id</c> column of the source column's type)
/// when the target has none. Ids are derived from the tables and columns, so redo recreates the same objects.
/// </summary>
/// <param name="FromTableId">The table the drag started in.</param>
/// <param name="FromColumnId">The column the drag started from.</param>
/// <param name="ToTableId">The table it was dropped on.</param>
/// <param name="ToColumnId">The column it was dropped on, if any (used as the other end when its type matches).</param>
/// <param name="Kind">
/// What to create: a foreign key (one-to-many); the same with a unique constraint over its column (one-to-one); or a
/// junction table between the two tables (many-to-many, see <see cref="AddJunctionTable"/>).
/// </param>
public sealed record ConnectTables(string FromTableId, string FromColumnId, string ToTableId, string? ToColumnId = null,
    RelationshipKind Kind = RelationshipKind.OneToMany) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(FromTableId) is not { } from) return OperationResult.Refused(MissingTable(FromTableId));
        if (design.FindTable(ToTableId) is not { } to) return OperationResult.Refused(MissingTable(ToTableId));
        if (from.FindColumn(FromColumnId) is not { } column) return OperationResult.Refused(MissingColumn(from, FromColumnId));
        var isKey = from.PrimaryKey?.ColumnIds is [var only] && only == column.Id
            || from.Uniques.Any(u => u.ColumnIds is [var u1] && u1 == column.Id);
        if (Kind == RelationshipKind.ManyToMany) return new AddJunctionTable(FromTableId, ToTableId).Apply(design);
        var steps = isKey ? ReferenceKey(from, column, to) : ReferenceTarget(from, column, to);
        if (Kind == RelationshipKind.OneToOne && steps[^1] is AddForeignKey fk && UniqueOver(fk, design) is { } unique) steps = steps.Add(unique);
        var result = new CompositeOperation(steps, Kind == RelationshipKind.OneToOne ? "Connect tables one-to-one" : "Connect tables").Apply(design);
        return result;
    }

    // to.{from}_{column} -> from.column
    private ValueList<DesignOperation> ReferenceKey(Table from, Column key, Table to)
    {
        var steps = new List<DesignOperation>();
        var referencing = Dropped(to, key) ?? to.FindColumnByName(from.Name + "_" + key.Name);
        if (referencing is null)
        {
            referencing = new Column
            {
                Id = ObjectId.Derive("col", to.Id + "/" + from.Id + "." + key.Id),
                Name = from.Name + "_" + key.Name,
                Type = key.Type,
                Nullable = false,
            };
            steps.Add(new AddColumn(to.Id, referencing));
        }
        steps.Add(new AddForeignKey(to.Id, NewKey(to, referencing, from, key)));
        return steps.ToValueList();
    }

    // from.column -> to.primaryKey (created as to.id when missing)
    private ValueList<DesignOperation> ReferenceTarget(Table from, Column column, Table to)
    {
        var steps = new List<DesignOperation>();
        Column? target = Dropped(to, column);
        if (target is null && to.PrimaryKey?.ColumnIds is [var pk]) target = to.FindColumn(pk);
        if (target is null)
        {
            target = to.FindColumnByName("id") is { } existing && existing.Type == column.Type ? existing : new Column
            {
                Id = ObjectId.Derive("col", to.Id + "/id"),
                Name = to.FindColumnByName("id") is null ? "id" : to.Name + "_id",
                Type = column.Type,
                Nullable = false,
            };
            if (to.FindColumn(target.Id) is null) steps.Add(new AddColumn(to.Id, target, 0));
            steps.Add(new SetPrimaryKey(to.Id, new PrimaryKey { Id = ObjectId.Derive("pk", to.Id), ColumnIds = [target.Id] }));
        }
        steps.Add(new AddForeignKey(from.Id, NewKey(from, column, to, target)));
        return steps.ToValueList();
    }

    // One-to-one: the referencing columns become unique (nothing to do when they already are).
    private static AddUniqueConstraint? UniqueOver(AddForeignKey fk, Design design)
    {
        var owner = design.FindTable(fk.TableId);
        var columns = fk.Key.ColumnIds;
        var set = columns.ToHashSet();
        if (owner is not null && (owner.PrimaryKey is { } pk && pk.ColumnIds.ToHashSet().SetEquals(set)
            || owner.Uniques.Any(u => u.ColumnIds.ToHashSet().SetEquals(set))))
        {
            return null;
        }
        return new AddUniqueConstraint(fk.TableId, new UniqueConstraint
        {
            Id = ObjectId.Derive("uq", fk.Key.Id),
            Name = "uq_" + (fk.Key.Name is { } n && n.StartsWith("fk_", StringComparison.Ordinal) ? n[3..] : fk.Key.Name ?? fk.Key.Id),
            ColumnIds = columns,
        });
    }

    private Column? Dropped(Table table, Column other) =>
        ToColumnId is not null && table.FindColumn(ToColumnId) is { } dropped && dropped.Type == other.Type ? dropped : null;

    private static ForeignKey NewKey(Table owner, Column column, Table target, Column targetColumn) => new()
    {
        Id = ObjectId.Derive("fk", owner.Id + "." + column.Id + "->" + target.Id + "." + targetColumn.Id),
        Name = "fk_" + owner.Name + "_" + column.Name,
        ColumnIds = [column.Id],
        TargetTableId = target.Id,
        TargetColumnIds = [targetColumn.Id],
    };
}
