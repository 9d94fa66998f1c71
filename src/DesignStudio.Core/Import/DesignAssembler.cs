using System.Runtime.InteropServices;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Import;

/// <summary>Turns the drafts of an import into model records with deterministic ids, resolving names to ids.</summary>
internal sealed class DesignAssembler(ImportContext context)
{
    private HashSet<string> usedIds = [];
    private char[] pathBuffer = new char[256];
    private readonly Dictionary<TableDraft, (string Id, ColumnIdMap Columns)> ids = [];
    // Columns with the same native type share one override list (the list and its record are immutable).
    private readonly Dictionary<string, ValueList<NativeTypeOverride>> nativeTypes = new(StringComparer.Ordinal);

    public Design Assemble()
    {
        ApplySequences();
        CopyPartitionParentColumns();
        // Sized once: growing the id set and the id maps by doubling made garbage while the heap was at its largest.
        var idCount = 0;
        foreach (var t in context.Tables) idCount += 2 + t.Columns.Count + t.Uniques.Count + t.Checks.Count + t.ForeignKeys.Count + t.Indexes.Count;
        usedIds = new HashSet<string>(idCount);
        ids.EnsureCapacity(context.Tables.Count);
        foreach (var t in context.Tables)
        {
            var path = t.Path;
            // Every column derives an id in order (a repeated name's is unused, as it always was), then the table's.
            var columnIds = new string[t.Columns.Count];
            for (var i = 0; i < columnIds.Length; i++) columnIds[i] = Id("col", path, t.Columns[i].Name);
            ids[t] = (Id("tbl", path), new ColumnIdMap(t.Columns, columnIds));
        }
        // Arrays filled in place and handed to the immutable lists without a copy (nothing else references them).
        var tables = new Table[context.Tables.Count];
        for (var i = 0; i < tables.Length; i++) tables[i] = BuildTable(context.Tables[i]);
        return new Design { Name = "Imported", Tables = new(ImmutableCollectionsMarshal.AsImmutableArray(tables)), Enums = context.Enums.ToValueList() };
    }

    /// <summary>
    /// The id derived from <paramref name="parent"/> (or "parent.child"), made unique with "#2", "#3" ...; the path is
    /// built in a reused buffer (ids are most of what assembling a large design allocates).
    /// </summary>
    private string Id(string prefix, string parent, string? child = null)
    {
        var length = parent.Length + (child is null ? 0 : child.Length + 1);
        if (length > pathBuffer.Length) pathBuffer = new char[Math.Max(length, pathBuffer.Length * 2)];
        parent.CopyTo(pathBuffer);
        if (child is not null)
        {
            pathBuffer[parent.Length] = '.';
            child.CopyTo(pathBuffer.AsSpan(parent.Length + 1));
        }
        var id = ObjectId.DeriveFromChars(prefix, pathBuffer.AsSpan(0, length));
        if (usedIds.Add(id)) return id;
        var full = new string(pathBuffer, 0, length);
        for (var n = 2; !usedIds.Add(id); n++) id = ObjectId.Derive(prefix, full + "#" + n);
        return id;
    }

    private void ApplySequences()
    {
        var used = new HashSet<SequenceDraft>();
        foreach (var t in context.Tables)
        {
            foreach (var c in t.Columns)
            {
                if (c.NextvalSequence is null) continue;
                var seq = FindSequence(c.NextvalSequence);
                if (seq is null || seq.OwnedByColumn is null || !string.Equals(seq.OwnedByColumn, c.Name, StringComparison.OrdinalIgnoreCase)
                    || seq.OwnedByTable is not { } owner || context.FindTable(owner) != t)
                {
                    continue;
                }
                used.Add(seq);
                c.Identity = IdentityKind.ByDefault;
                c.Default = null;
                context.Approximated("column", t.Name + "." + c.Name,
                    $"default nextval('{seq.Name}') of a sequence owned by the column became identity (by default); sequence options are not kept", c.Position);
            }
        }
        foreach (var seq in context.Sequences.Values.Distinct())
        {
            if (used.Contains(seq)) continue;
            context.Verbatim("sequence", seq.Name.ToString(), seq.Sql, seq.Position, seq.Offset);
        }
    }

    private SequenceDraft? FindSequence(string name)
    {
        if (context.Sequences.TryGetValue(name, out var s)) return s;
        var dot = name.LastIndexOf('.');
        return dot >= 0 && context.Sequences.TryGetValue(name[(dot + 1)..], out s) ? s : null;
    }

    private void CopyPartitionParentColumns()
    {
        foreach (var t in context.Tables)
        {
            if (t.PartitionOf is not { } parentName || t.Columns.Count > 0) continue;
            var parent = context.FindTable(parentName);
            if (parent is null) continue;
            foreach (var pc in parent.Columns)
            {
                t.Columns.Add(new ColumnDraft(pc.Name, pc.Position)
                {
                    Type = pc.Type, NativeType = pc.NativeType, Nullable = pc.Nullable, Default = pc.Default,
                    Identity = pc.Identity, Comment = pc.Comment,
                });
            }
        }
    }

    private Table BuildTable(TableDraft t)
    {
        var (tableId, columnIds) = ids[t];
        var path = t.Path;
        var columnList = new Column[t.Columns.Count];
        var n = 0;
        foreach (var c in t.Columns)
        {
            // Every name is in the map (the first column of a name gives the id), so every column is kept.
            columnList[n++] = new Column
            {
                Id = columnIds[c.Name],
                Name = c.Name,
                Type = c.Type,
                // A primary key implies NOT NULL in every engine (`id integer PRIMARY KEY` is read back as not null).
                Nullable = c.Nullable && !(t.PrimaryKey?.Columns.Contains(c.Name) ?? false),
                Default = c.Default,
                Identity = c.Identity,
                Comment = c.Comment,
                NativeTypes = c.NativeType is null ? [] : NativeTypes(c.NativeType),
            };
        }
        var columns = new ValueList<Column>(ImmutableCollectionsMarshal.AsImmutableArray(columnList));
        PrimaryKey? pk = null;
        if (t.PrimaryKey is { } k && ResolveColumns(t, k.Columns, "primary key") is { } pkCols)
        {
            pk = new PrimaryKey { Id = Id("pk", path), Name = k.Name, ColumnIds = pkCols };
        }
        var uniques = new List<UniqueConstraint>();
        foreach (var u in t.Uniques)
        {
            if (ResolveColumns(t, u.Columns, "unique constraint") is not { } cols) continue;
            uniques.Add(new UniqueConstraint { Id = Id("uq", path, u.Name ?? string.Join(",", u.Columns)), Name = u.Name, ColumnIds = cols });
        }
        var checks = t.Checks.Select(c => new CheckConstraint { Id = Id("ck", path, c.Name ?? c.Expression), Name = c.Name, Expression = c.Expression }).ToValueList();
        var fks = new List<ForeignKey>();
        foreach (var f in t.ForeignKeys)
        {
            if (BuildForeignKey(t, f) is { } fk) fks.Add(fk);
        }
        var indexes = new List<Model.Index>();
        foreach (var ix in t.Indexes)
        {
            if (BuildIndex(t, ix) is { } built) indexes.Add(built);
        }
        string? updatedAt = t.UpdatedAtColumn is { } ua && columnIds.TryGetValue(ua, out var uaId) ? uaId : null;
        return new Table
        {
            Id = tableId,
            Name = t.Name.Name,
            Schema = t.Name.Schema,
            Comment = t.Comment,
            Columns = columns,
            PrimaryKey = pk,
            Uniques = uniques.ToValueList(),
            Checks = checks,
            ForeignKeys = fks.ToValueList(),
            Indexes = indexes.ToValueList(),
            Features = updatedAt is null ? TableFeatures.None : new TableFeatures { UpdatedAtColumnId = updatedAt },
        };
    }

    private ValueList<NativeTypeOverride> NativeTypes(string nativeType)
    {
        if (!nativeTypes.TryGetValue(nativeType, out var list)) nativeTypes[nativeType] = list = [new NativeTypeOverride(context.Dialect, nativeType)];
        return list;
    }

    private ValueList<string>? ResolveColumns(TableDraft t, List<string> names, string what)
    {
        var cols = ids[t].Columns;
        var result = new string[names.Count];
        for (var i = 0; i < result.Length; i++)
        {
            if (!cols.TryGetValue(names[i], out var id))
            {
                context.Warn(ImportCodes.UnresolvedReference, $"The {what} of {t.Name} names column '{names[i]}', which the table does not have; the {what} was skipped.", t.Position);
                return null;
            }
            result[i] = id;
        }
        return new ValueList<string>(ImmutableCollectionsMarshal.AsImmutableArray(result));
    }

    private ForeignKey? BuildForeignKey(TableDraft t, ForeignKeyDraft f)
    {
        var target = context.FindTable(f.Target);
        if (target is null)
        {
            context.Warn(ImportCodes.UnresolvedReference, $"Foreign key {f.Name ?? ""} of {t.Name} references table {f.Target}, which the script does not create; the foreign key was skipped.", f.Position);
            return null;
        }
        var targetNames = f.TargetColumns.Count > 0 ? f.TargetColumns : target.PrimaryKey?.Columns ?? [];
        if (targetNames.Count != f.Columns.Count)
        {
            context.Warn(ImportCodes.UnresolvedReference, $"Foreign key {f.Name ?? ""} of {t.Name} has {f.Columns.Count} columns but its target key on {f.Target} has {targetNames.Count}; the foreign key was skipped.", f.Position);
            return null;
        }
        if (ResolveColumns(t, f.Columns, "foreign key") is not { } cols || ResolveColumns(target, targetNames, "referenced key") is not { } targetCols) return null;
        return new ForeignKey
        {
            Id = Id("fk", t.Path, f.Name ?? string.Join(",", f.Columns)),
            Name = f.Name,
            ColumnIds = cols,
            TargetTableId = ids[target].Id,
            TargetColumnIds = targetCols,
            OnDelete = f.OnDelete,
            OnUpdate = f.OnUpdate,
        };
    }

    private Model.Index? BuildIndex(TableDraft t, IndexDraft ix)
    {
        var cols = ids[t].Columns;
        // Each part yields one index part, so the array is filled in place (no list to copy from).
        var parts = new IndexPart[ix.Parts.Count];
        var n = 0;
        foreach (var p in ix.Parts)
        {
            if (p.Column is null)
            {
                parts[n++] = new IndexPart { Expression = p.Expression, Descending = p.Descending, PrefixLength = p.PrefixLength };
                continue;
            }
            if (!cols.TryGetValue(p.Column, out var id))
            {
                context.Warn(ImportCodes.UnresolvedReference, $"Index {ix.Name} on {t.Name} names column '{p.Column}', which the table does not have; it was kept as an expression.", ix.Position);
                parts[n++] = new IndexPart { Expression = p.Column, Descending = p.Descending, PrefixLength = p.PrefixLength };
                continue;
            }
            parts[n++] = new IndexPart { ColumnId = id, Descending = p.Descending, PrefixLength = p.PrefixLength };
        }
        var include = ix.Include is null ? null : new List<string>(ix.Include.Count);
        foreach (var name in ix.Include ?? [])
        {
            if (cols.TryGetValue(name, out var id)) include!.Add(id);
            else context.Warn(ImportCodes.UnresolvedReference, $"Index {ix.Name} on {t.Name} includes column '{name}', which the table does not have.", ix.Position);
        }
        return new Model.Index
        {
            Id = Id("ix", t.Path, ix.Name ?? string.Join(",", ix.Parts.Select(p => p.Column ?? p.Expression))),
            Name = ix.Name,
            Unique = ix.Unique,
            Method = ix.Method,
            Parts = new(ImmutableCollectionsMarshal.AsImmutableArray(parts)),
            IncludeColumnIds = include is null ? [] : include.ToValueList(),
            Where = ix.Where,
        };
    }
}
