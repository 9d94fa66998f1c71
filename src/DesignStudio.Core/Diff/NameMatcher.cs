using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>
/// Lines up two separately imported versions of a schema (their ids differ): tables by qualified name, columns by
/// name, enums by name, constraints and indexes by name or definition. What cannot be matched by name but has the
/// same shape is offered as a rename candidate; <see cref="Align"/> then gives the new design the old ids, so
/// <see cref="SchemaDiffer"/> sees renames instead of drops and creates.
/// </summary>
public static partial class NameMatcher
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    /// <summary>Rename candidates between <paramref name="old"/> and <paramref name="new"/>.</summary>
    public static IReadOnlyList<RenameCandidate> Match(Design old, Design @new)
    {
        var result = new List<RenameCandidate>();
        var oldOnly = old.Tables.Where(t => !@new.Tables.Any(n => Names.Equals(n.QualifiedName, t.QualifiedName))).ToList();
        var newOnly = @new.Tables.Where(t => !old.Tables.Any(o => Names.Equals(o.QualifiedName, t.QualifiedName))).ToList();
        foreach (var o in oldOnly)
        {
            foreach (var n in newOnly)
            {
                if (Shape(o) == Shape(n)) result.Add(new RenameCandidate(RenameKind.Table, o.Id, n.Id, o.QualifiedName, n.QualifiedName));
            }
        }
        foreach (var o in old.Tables)
        {
            if (@new.Tables.FirstOrDefault(n => Names.Equals(n.QualifiedName, o.QualifiedName)) is not { } n) continue;
            var oldCols = o.Columns.Where(c => n.FindColumnByName(c.Name) is null).ToList();
            var newCols = n.Columns.Where(c => o.FindColumnByName(c.Name) is null).ToList();
            foreach (var oc in oldCols)
            {
                foreach (var nc in newCols)
                {
                    if (oc.Type == nc.Type && oc.Nullable == nc.Nullable)
                    {
                        result.Add(new RenameCandidate(RenameKind.Column, oc.Id, nc.Id, oc.Name, nc.Name) { TableOldId = o.Id });
                    }
                }
            }
        }
        return result;
    }

    /// <summary>Column names and types, in order: two tables with the same shape may be one table renamed.</summary>
    private static string Shape(Table t) =>
        string.Join("|", t.Columns.Select(c => c.Name.ToLowerInvariant() + ":" + LogicalTypeText.Format(c.Type)));
}
