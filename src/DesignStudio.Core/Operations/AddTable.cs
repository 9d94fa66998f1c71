using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Adds a table (with whatever it already holds) at a position in the table list, or at the end.</summary>
/// <param name="Table">The new table; its id must be unused and its schema-qualified name free.</param>
/// <param name="At">Position in <see cref="Design.Tables"/>; null appends.</param>
public sealed record AddTable(Table Table, int? At = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var path = PathOf(Table);
        if (design.FindTable(Table.Id) is not null) return OperationResult.Refused(SameId(path, "table", Table.Id));
        if (DesignEdit.CheckTableName(design, Table.Name, Table.Schema, null, path) is { } bad) return OperationResult.Refused(bad);
        if (DesignEdit.CheckPosition(path, At, design.Tables.Count) is { } outside) return OperationResult.Refused(outside);
        var next = design with { Tables = DesignEdit.InsertAt(design.Tables, Table, At) };
        return OperationResult.Applied(next, new RemoveTable(Table.Id));
    }
}
