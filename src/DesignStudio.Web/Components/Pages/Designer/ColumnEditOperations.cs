using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Web.Components.Pages.Designer;

/// <summary>Turns a submitted column form into one operation (so one undo step) on the table.</summary>
public static class ColumnEditOperations
{
    /// <summary>The operation that makes <paramref name="table"/> hold <paramref name="edit"/>'s column and key membership.</summary>
    public static DesignOperation For(Table table, ColumnEdit edit)
    {
        var column = edit.PrimaryKey ? edit.Column with { Nullable = false } : edit.Column;
        var exists = table.FindColumn(column.Id) is not null;
        var steps = new List<DesignOperation> { exists ? new UpdateColumn(table.Id, column) : new AddColumn(table.Id, column) };
        if (KeyChange(table, column.Id, edit.PrimaryKey) is { } key) steps.Add(key);
        var label = exists ? $"Edit column {column.Name}" : $"Add column {column.Name}";
        return steps.Count == 1 ? steps[0] : new CompositeOperation(steps.ToValueList(), label);
    }

    /// <summary>Whether the column is part of the table's primary key.</summary>
    public static bool InPrimaryKey(Table table, string columnId) => table.PrimaryKey?.ColumnIds.Contains(columnId) == true;

    private static SetPrimaryKey? KeyChange(Table table, string columnId, bool wanted)
    {
        var key = table.PrimaryKey;
        if (InPrimaryKey(table, columnId) == wanted) return null;
        if (wanted)
        {
            return new SetPrimaryKey(table.Id, key is null
                ? new PrimaryKey { Id = ObjectId.New("pk"), ColumnIds = [columnId] }
                : key with { ColumnIds = key.ColumnIds.Add(columnId) });
        }
        var rest = key!.ColumnIds.RemoveAll(id => id == columnId);
        return new SetPrimaryKey(table.Id, rest.Count == 0 ? null : key with { ColumnIds = rest });
    }
}
