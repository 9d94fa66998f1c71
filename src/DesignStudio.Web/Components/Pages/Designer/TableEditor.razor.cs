using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer;

/// <summary>Edits one table: name, comment, and its columns. Every change is raised as one operation.</summary>
public partial class TableEditor
{
    private string? shownTableId;
    private string? seenName;
    private string? seenComment;
    private string tableName = "";
    private string? tableComment;
    private bool editing;
    private Column? editingColumn;

    /// <summary>The whole design (for enums).</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = default!;

    /// <summary>The table to edit.</summary>
    [Parameter, EditorRequired] public Table Table { get; set; } = default!;

    /// <summary>Raised with each edit; the page applies it and reports whether it applied.</summary>
    [Parameter] public Func<DesignOperation, Task<bool>> OnOperation { get; set; } = _ => Task.FromResult(false);

    /// <summary>Whether editing is blocked (e.g. after a save conflict).</summary>
    [Parameter] public bool Disabled { get; set; }

    private bool TableChanged => tableName != Table.Name || (string.IsNullOrWhiteSpace(tableComment) ? null : tableComment) != Table.Comment;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (shownTableId != Table.Id)
        {
            // Another table was selected: close the column form.
            shownTableId = Table.Id;
            seenName = seenComment = null;
            CloseEditor();
        }
        // Take over values changed elsewhere (undo, redo, reload); keep what the user is typing otherwise.
        if (Table.Name != seenName) tableName = seenName = Table.Name;
        if (Table.Comment != seenComment) tableComment = seenComment = Table.Comment;
        if (editingColumn is not null && Table.FindColumn(editingColumn.Id) is var current && current != editingColumn)
        {
            if (current is null) CloseEditor();
            else editingColumn = current;
        }
    }

    internal string TypeText(Column column) => column.Type.Kind == TypeKind.Enum
        ? (column.Type.EnumId is { } id && Design.FindEnum(id) is { } e ? e.Name : "enum") + (column.Type.IsArray ? "[]" : "")
        : column.Type.ToString();

    internal static string DefaultText(ColumnDefault? value) => value switch
    {
        null => "",
        { Kind: DefaultKind.Literal } d => "'" + d.Value + "'",
        { Kind: DefaultKind.Expression } d => d.Value ?? "",
        { Kind: DefaultKind.CurrentTimestamp } => "current timestamp",
        { Kind: DefaultKind.CurrentDate } => "current date",
        _ => "random uuid",
    };

    private async Task SaveTableAsync()
    {
        var steps = new List<DesignOperation>();
        if (tableName != Table.Name) steps.Add(new RenameTable(Table.Id, tableName.Trim()));
        var comment = string.IsNullOrWhiteSpace(tableComment) ? null : tableComment;
        if (comment != Table.Comment) steps.Add(new SetTableComment(Table.Id, comment));
        if (steps.Count == 0) return;
        await OnOperation(steps.Count == 1 ? steps[0] : new CompositeOperation(steps.ToValueList(), "Edit table " + Table.Name));
    }

    private Task RemoveTableAsync() => OnOperation(new RemoveTable(Table.Id));

    private Task MoveAsync(Column column, int to) => OnOperation(new ReorderColumn(Table.Id, column.Id, to));

    private Task RemoveColumnAsync(Column column)
    {
        if (editingColumn?.Id == column.Id) CloseEditor();
        return OnOperation(new RemoveColumn(Table.Id, column.Id));
    }

    private void StartNewColumn()
    {
        editing = true;
        editingColumn = null;
    }

    private void StartEdit(Column column)
    {
        editing = true;
        editingColumn = column;
    }

    private void CloseEditor()
    {
        editing = false;
        editingColumn = null;
    }

    private async Task SaveColumnAsync(ColumnEdit edit)
    {
        if (await OnOperation(ColumnEditOperations.For(Table, edit))) CloseEditor();
    }
}
