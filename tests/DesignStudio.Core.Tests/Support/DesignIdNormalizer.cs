using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Support;

/// <summary>
/// Rewrites every id of a design to one derived from the object's position (t0, t0.c1, e0 ...), and every
/// reference accordingly, so that two designs can be compared "up to ids".
/// </summary>
public static class DesignIdNormalizer
{
    public static Design Normalize(Design design)
    {
        var map = new Dictionary<string, string>();
        for (var i = 0; i < design.Enums.Count; i++) map[design.Enums[i].Id] = $"e{i}";
        for (var i = 0; i < design.Tables.Count; i++)
        {
            var t = design.Tables[i];
            map[t.Id] = $"t{i}";
            for (var j = 0; j < t.Columns.Count; j++) map[t.Columns[j].Id] = $"t{i}.c{j}";
        }
        string M(string id) => map.TryGetValue(id, out var v) ? v : "?" + id;
        ValueList<string> L(ValueList<string> ids) => ids.Select(M).ToValueList();
        return design with
        {
            Enums = design.Enums.Select(e => e with { Id = M(e.Id) }).ToValueList(),
            Tables = design.Tables.Select((t, i) => t with
            {
                Id = M(t.Id),
                Columns = t.Columns.Select(c => c with
                {
                    Id = M(c.Id),
                    Type = c.Type.EnumId is { } e ? c.Type with { EnumId = M(e) } : c.Type,
                }).ToValueList(),
                PrimaryKey = t.PrimaryKey is { } pk ? pk with { Id = $"t{i}.pk", ColumnIds = L(pk.ColumnIds) } : null,
                Uniques = t.Uniques.Select((u, k) => u with { Id = $"t{i}.u{k}", ColumnIds = L(u.ColumnIds) }).ToValueList(),
                Checks = t.Checks.Select((c, k) => c with { Id = $"t{i}.k{k}" }).ToValueList(),
                ForeignKeys = t.ForeignKeys.Select((f, k) => f with
                {
                    Id = $"t{i}.f{k}",
                    ColumnIds = L(f.ColumnIds),
                    TargetTableId = M(f.TargetTableId),
                    TargetColumnIds = L(f.TargetColumnIds),
                }).ToValueList(),
                Indexes = t.Indexes.Select((x, k) => x with
                {
                    Id = $"t{i}.x{k}",
                    Parts = x.Parts.Select(p => p.ColumnId is { } c ? p with { ColumnId = M(c) } : p).ToValueList(),
                    IncludeColumnIds = L(x.IncludeColumnIds),
                }).ToValueList(),
                FunctionalDependencies = t.FunctionalDependencies.Select((f, k) => f with
                {
                    Id = $"t{i}.fd{k}",
                    DeterminantIds = L(f.DeterminantIds),
                    DependentIds = L(f.DependentIds),
                }).ToValueList(),
                Features = t.Features.UpdatedAtColumnId is { } u ? t.Features with { UpdatedAtColumnId = M(u) } : t.Features,
            }).ToValueList(),
            Areas = design.Areas.Select((a, i) => a with { Id = $"a{i}", TableIds = L(a.TableIds) }).ToValueList(),
            Notes = design.Notes.Select((n, i) => n with { Id = $"n{i}" }).ToValueList(),
            Verbatim = design.Verbatim.Select((v, i) => v with { Id = $"v{i}" }).ToValueList(),
        };
    }
}
