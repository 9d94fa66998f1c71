using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>The shared shape of adding and removing a table's constraints, indexes and dependencies.</summary>
internal sealed record TablePart<T>(string What, Func<Table, ValueList<T>> Get, Func<Table, ValueList<T>, Table> Set, Func<T, string> IdOf, Func<T, string?> NameOf)
{
    public OperationResult Add(Design design, string tableId, T item, int? at, Func<Table, string, Diagnostic?> check, DesignOperation inverse)
    {
        if (design.FindTable(tableId) is not { } table) return OperationResult.Refused(MissingTable(tableId));
        var path = $"{PathOf(table)}/{What}s/{NameOf(item) ?? IdOf(item)}";
        var problem = DesignEdit.CheckPart(table, IdOf(item), NameOf(item), null, path, What)
            ?? check(table, path)
            ?? DesignEdit.CheckPosition(path, at, Get(table).Count);
        if (problem is not null) return OperationResult.Refused(problem);
        return OperationResult.Applied(design.WithTable(Set(table, DesignEdit.InsertAt(Get(table), item, at))), inverse);
    }

    public OperationResult Remove(Design design, string tableId, string id, Func<T, int, DesignOperation> inverse)
    {
        if (design.FindTable(tableId) is not { } table) return OperationResult.Refused(MissingTable(tableId));
        if (!DesignEdit.TryRemove(Get(table), x => IdOf(x) == id, out var rest, out var item, out var at))
        {
            return OperationResult.Refused(Missing($"{PathOf(table)}/{What}s/{id}", What, id));
        }
        return OperationResult.Applied(design.WithTable(Set(table, rest)), inverse(item, at));
    }
}

/// <summary>The table parts operations edit.</summary>
internal static class TableParts
{
    public static TablePart<UniqueConstraint> Uniques { get; } =
        new("unique constraint", t => t.Uniques, (t, v) => t with { Uniques = v }, x => x.Id, x => x.Name);

    public static TablePart<CheckConstraint> Checks { get; } =
        new("check constraint", t => t.Checks, (t, v) => t with { Checks = v }, x => x.Id, x => x.Name);

    public static TablePart<ForeignKey> ForeignKeys { get; } =
        new("foreign key", t => t.ForeignKeys, (t, v) => t with { ForeignKeys = v }, x => x.Id, x => x.Name);

    public static TablePart<Model.Index> Indexes { get; } =
        new("index", t => t.Indexes, (t, v) => t with { Indexes = v }, x => x.Id, x => x.Name);

    public static TablePart<FunctionalDependency> Dependencies { get; } =
        new("functional dependency", t => t.FunctionalDependencies, (t, v) => t with { FunctionalDependencies = v }, x => x.Id, _ => null);
}
