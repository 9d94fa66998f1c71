using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>
/// A many-to-many relationship as one undoable intent: a junction table named <c>{left}_{right}</c> (with a number
/// appended when that name is taken) in the left table's schema, holding one not-null column per primary-key column of
/// each table (<c>{table}_{column}</c>, same type), a composite primary key over all of them, and a foreign key to each
/// table that cascades deletes. A table without a primary key first gets an <c>id</c> column (int64) as its key.
/// Ids are derived from the two tables and the junction's name, so redo recreates the same objects.
/// </summary>
/// <param name="LeftTableId">One table (the drag's source).</param>
/// <param name="RightTableId">The other table.</param>
public sealed record AddJunctionTable(string LeftTableId, string RightTableId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(LeftTableId) is not { } left) return OperationResult.Refused(MissingTable(LeftTableId));
        if (design.FindTable(RightTableId) is not { } right) return OperationResult.Refused(MissingTable(RightTableId));
        if (left.Id == right.Id)
        {
            return OperationResult.Refused(Error(InvalidColumnList, PathOf(left),
                "A many-to-many relationship needs two different tables; add a junction table by hand for a self-relationship."));
        }
        var steps = new List<DesignOperation>();
        var leftKey = KeyOf(left, steps);
        var rightKey = KeyOf(right, steps);
        var name = FreeName(design, left.Name + "_" + right.Name, left.Schema);
        var junctionId = ObjectId.Derive("tbl", "junction:" + left.Id + "/" + right.Id + "/" + name);

        var columns = new List<Column>();
        var leftColumns = ReferencingColumns(junctionId, left, leftKey, columns);
        var rightColumns = ReferencingColumns(junctionId, right, rightKey, columns);
        var junction = new Table
        {
            Id = junctionId,
            Name = name,
            Schema = left.Schema,
            Columns = columns.ToValueList(),
            PrimaryKey = new PrimaryKey { Id = ObjectId.Derive("pk", junctionId), ColumnIds = columns.Select(c => c.Id).ToValueList() },
            ForeignKeys =
            [
                Reference(junctionId, name, left, leftKey, leftColumns),
                Reference(junctionId, name, right, rightKey, rightColumns),
            ],
            Position = Between(left.Position, right.Position),
        };
        steps.Add(new AddTable(junction));
        return new CompositeOperation(steps.ToValueList(), "Add many-to-many relationship").Apply(design);
    }

    // The table's primary-key columns; a table without a key gets an id column and a key over it first.
    private static IReadOnlyList<Column> KeyOf(Table table, List<DesignOperation> steps)
    {
        if (table.PrimaryKey is { ColumnIds.Count: > 0 } pk) return pk.ColumnIds.Select(table.GetColumn).ToList();
        var id = new Column
        {
            Id = ObjectId.Derive("col", table.Id + "/id"),
            Name = table.FindColumnByName("id") is null ? "id" : table.Name + "_id",
            Type = LogicalType.Int64,
            Nullable = false,
        };
        steps.Add(new AddColumn(table.Id, id, 0));
        steps.Add(new SetPrimaryKey(table.Id, new PrimaryKey { Id = ObjectId.Derive("pk", table.Id), ColumnIds = [id.Id] }));
        return [id];
    }

    private static List<string> ReferencingColumns(string junctionId, Table table, IReadOnlyList<Column> key, List<Column> columns)
    {
        var ids = new List<string>();
        foreach (var k in key)
        {
            var baseName = table.Name + "_" + k.Name;
            var name = baseName;
            for (var i = 2; columns.Any(c => c.Name == name); i++) name = baseName + "_" + i;
            var column = new Column
            {
                Id = ObjectId.Derive("col", junctionId + "/" + table.Id + "." + k.Id),
                Name = name,
                Type = k.Type,
                Nullable = false,
            };
            columns.Add(column);
            ids.Add(column.Id);
        }
        return ids;
    }

    private static ForeignKey Reference(string junctionId, string junctionName, Table target, IReadOnlyList<Column> key, List<string> columns) => new()
    {
        Id = ObjectId.Derive("fk", junctionId + "->" + target.Id),
        Name = "fk_" + junctionName + "_" + target.Name,
        ColumnIds = columns.ToValueList(),
        TargetTableId = target.Id,
        TargetColumnIds = key.Select(k => k.Id).ToValueList(),
        OnDelete = ReferentialAction.Cascade,
    };

    private static string FreeName(Design design, string wanted, string? schema)
    {
        var name = wanted;
        for (var i = 2; design.Tables.Any(t => t.Name == name && t.Schema == schema); i++) name = wanted + "_" + i;
        return name;
    }

    private static CanvasPosition? Between(CanvasPosition? a, CanvasPosition? b) =>
        a is null || b is null ? null : new CanvasPosition((a.X + b.X) / 2, Math.Max(a.Y, b.Y) + 260);
}
