using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

public static partial class SchemaDiffer
{
    private static void DiffTable(Table from, Table to, IReadOnlyDictionary<string, Table> fromDesign, IReadOnlyDictionary<string, Table> toDesign,
        ISqlDialect? dialect, List<SchemaChange> changes)
    {
        if (from.Name != to.Name || from.Schema != to.Schema) changes.Add(new RenameTable(from, to));
        if (from.Comment != to.Comment) changes.Add(new ChangeTableComment(from, to));
        DiffColumns(from, to, changes);
        DiffPrimaryKey(from, to, dialect, changes);
        DiffKeyed(from.Uniques, to.Uniques, u => u.Id, u => u with { Name = null }, changes,
            u => new DropUnique(from, to, u), u => new AddUnique(from, to, u),
            u => EffectiveNames.Of(dialect, from, u), u => EffectiveNames.Of(dialect, to, u), ConstraintKind.Unique, from, to);
        DiffKeyed(from.Checks, to.Checks, c => c.Id, c => c with { Name = null }, changes,
            c => new DropCheck(from, to, c), c => new AddCheck(from, to, c),
            c => EffectiveNames.Of(dialect, from, c), c => EffectiveNames.Of(dialect, to, c), ConstraintKind.Check, from, to);
        DiffKeyed(from.ForeignKeys, to.ForeignKeys, f => f.Id,
            f => f with { Name = null }, changes,
            f => new DropForeignKey(from, to, f), f => new AddForeignKey(from, to, f),
            f => EffectiveNames.Of(dialect, from, f), f => EffectiveNames.Of(dialect, to, f), ConstraintKind.ForeignKey, from, to,
            f => NeedsRebuild(f, from, fromDesign, toDesign));
        DiffKeyed(from.Indexes, to.Indexes, i => i.Id, i => i with { Name = null }, changes,
            i => new DropIndex(from, to, i), i => new AddIndex(from, to, i),
            i => EffectiveNames.Of(dialect, from, i), i => EffectiveNames.Of(dialect, to, i), ConstraintKind.Index, from, to);
        DiffUpdatedAt(from, to, changes);
    }

    private static void DiffColumns(Table from, Table to, List<SchemaChange> changes)
    {
        foreach (var c in from.Columns)
        {
            if (to.FindColumn(c.Id) is null) changes.Add(new DropColumn(from, to, c));
        }
        foreach (var c in to.Columns)
        {
            if (from.FindColumn(c.Id) is not { } old)
            {
                changes.Add(new AddColumn(from, to, c));
                continue;
            }
            if (old.Name != c.Name) changes.Add(new RenameColumn(from, to, old, c));
            var flags = ColumnChanges.None;
            if (old.Type != c.Type || old.NativeTypes != c.NativeTypes) flags |= ColumnChanges.Type;
            if (old.Nullable != c.Nullable) flags |= ColumnChanges.Nullability;
            if (old.Default != c.Default) flags |= ColumnChanges.Default;
            if (old.Identity != c.Identity) flags |= ColumnChanges.Identity;
            if (old.Comment != c.Comment) flags |= ColumnChanges.Comment;
            if (flags != ColumnChanges.None) changes.Add(new AlterColumn(from, to, old, c, flags));
        }
    }

    private static void DiffPrimaryKey(Table from, Table to, ISqlDialect? dialect, List<SchemaChange> changes)
    {
        var a = from.PrimaryKey;
        var b = to.PrimaryKey;
        if (a is null && b is null) return;
        if (a is not null && b is not null && a.Id == b.Id && a.ColumnIds == b.ColumnIds && !KeyColumnTypeChanged(from, to, a.ColumnIds))
        {
            string oldName = EffectiveNames.Of(dialect, from, a), newName = EffectiveNames.Of(dialect, to, b);
            if (oldName != newName) changes.Add(new RenameConstraint(from, to, ConstraintKind.PrimaryKey, b.Id, oldName, newName));
            return;
        }
        if (a is not null) changes.Add(new DropPrimaryKey(from, to, a));
        if (b is not null) changes.Add(new AddPrimaryKey(from, to, b));
    }

    private static bool KeyColumnTypeChanged(Table from, Table to, IEnumerable<string> columnIds) =>
        columnIds.Any(id => from.FindColumn(id) is { } a && to.FindColumn(id) is { } b && (a.Type != b.Type || a.NativeTypes != b.NativeTypes));

    /// <summary>
    /// A foreign key is recreated when a column on either side changes type, or when the key it references is
    /// dropped and recreated: engines refuse both while the constraint exists.
    /// </summary>
    private static bool NeedsRebuild(ForeignKey fk, Table owner, IReadOnlyDictionary<string, Table> fromDesign, IReadOnlyDictionary<string, Table> toDesign)
    {
        if (fromDesign.GetValueOrDefault(owner.Id) is not { } a || toDesign.GetValueOrDefault(owner.Id) is not { } b) return false;
        if (KeyColumnTypeChanged(a, b, fk.ColumnIds)) return true;
        if (fromDesign.GetValueOrDefault(fk.TargetTableId) is not { } ta || toDesign.GetValueOrDefault(fk.TargetTableId) is not { } tb) return false;
        if (KeyColumnTypeChanged(ta, tb, fk.TargetColumnIds)) return true;
        var pa = ta.PrimaryKey;
        var pb = tb.PrimaryKey;
        var pkRecreated = pa is not null && (pb is null || pa.Id != pb.Id || pa.ColumnIds != pb.ColumnIds);
        if (pkRecreated && pa!.ColumnIds.OrderBy(x => x).SequenceEqual(fk.TargetColumnIds.OrderBy(x => x))) return true;
        foreach (var u in ta.Uniques)
        {
            if (!u.ColumnIds.OrderBy(x => x).SequenceEqual(fk.TargetColumnIds.OrderBy(x => x))) continue;
            if (tb.Uniques.FirstOrDefault(x => x.Id == u.Id) is not { } v || v.ColumnIds != u.ColumnIds) return true;
        }
        return false;
    }

    private static void DiffKeyed<T>(ValueList<T> from, ValueList<T> to, Func<T, string> id, Func<T, T> definition, List<SchemaChange> changes,
        Func<T, SchemaChange> drop, Func<T, SchemaChange> add, Func<T, string> oldName, Func<T, string> newName, ConstraintKind kind,
        Table fromTable, Table toTable, Func<T, bool>? recreate = null)
    {
        var toById = ById(to, id);
        var fromById = ById(from, id);
        foreach (var item in from)
        {
            if (!toById.TryGetValue(id(item), out var other) || !Equals(definition(item), definition(other)) || recreate?.Invoke(item) == true)
            {
                changes.Add(drop(item));
            }
        }
        foreach (var item in to)
        {
            if (!fromById.TryGetValue(id(item), out var old) || !Equals(definition(old), definition(item)) || recreate?.Invoke(item) == true)
            {
                changes.Add(add(item));
                continue;
            }
            string a = oldName(old), b = newName(item);
            if (a != b) changes.Add(new RenameConstraint(fromTable, toTable, kind, id(item), a, b));
        }
    }

    private static void DiffUpdatedAt(Table from, Table to, List<SchemaChange> changes)
    {
        var a = from.Features.UpdatedAtColumnId is { } x ? from.FindColumn(x) : null;
        var b = to.Features.UpdatedAtColumnId is { } y ? to.FindColumn(y) : null;
        // The trigger's name follows the table and its argument the column: renaming either recreates it.
        if (a is not null && b is not null && a.Id == b.Id && a.Name == b.Name && from.Name == to.Name && from.Schema == to.Schema) return;
        if (a is not null) changes.Add(new DropUpdatedAt(from, to, a));
        if (b is not null) changes.Add(new AddUpdatedAt(from, to, b));
    }
}
