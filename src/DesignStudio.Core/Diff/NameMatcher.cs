using System.Globalization;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>
/// Lines up two separately imported versions of a schema (their ids differ): tables by qualified name, columns by
/// name, enums by name, constraints and indexes by name or definition. What cannot be matched by name but has the
/// same shape is offered as a rename candidate with the reason it looks alike; <see cref="Align"/> then gives the new
/// design the old ids, so <see cref="SchemaDiffer"/> sees renames instead of drops and creates.
/// </summary>
public static partial class NameMatcher
{
    /// <summary>Share of a table's columns (same name and type) two tables must have in common to be a rename candidate.</summary>
    public const double TableOverlapThreshold = 0.6;

    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    /// <summary>Rename candidates between <paramref name="old"/> and <paramref name="new"/>: tables first, each kind best first.</summary>
    public static IReadOnlyList<RenameCandidate> Match(Design old, Design @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var tables = new List<RenameCandidate>();
        var oldOnly = old.Tables.Where(t => !@new.Tables.Any(n => Names.Equals(n.QualifiedName, t.QualifiedName))).ToList();
        var newOnly = @new.Tables.Where(t => !old.Tables.Any(o => Names.Equals(o.QualifiedName, t.QualifiedName))).ToList();
        foreach (var o in oldOnly)
        {
            foreach (var n in newOnly)
            {
                if (TableCandidate(o, n) is { } candidate) tables.Add(candidate);
            }
        }
        var columns = new List<RenameCandidate>();
        foreach (var o in old.Tables)
        {
            if (@new.Tables.FirstOrDefault(n => Names.Equals(n.QualifiedName, o.QualifiedName)) is not { } n) continue;
            var oldCols = o.Columns.Where(c => n.FindColumnByName(c.Name) is null).ToList();
            var newCols = n.Columns.Where(c => o.FindColumnByName(c.Name) is null).ToList();
            foreach (var oc in oldCols)
            {
                foreach (var nc in newCols)
                {
                    if (oc.Type != nc.Type || oc.Nullable != nc.Nullable) continue;
                    var names = NameSimilarity.Of(oc.Name, nc.Name);
                    var samePlace = o.Columns.FindIndex(c => c.Id == oc.Id) == n.Columns.FindIndex(c => c.Id == nc.Id);
                    var reason = $"same type {LogicalTypeText.Format(oc.Type)}, both {(oc.Nullable ? "nullable" : "NOT NULL")}; names {Percent(names)} alike" +
                                 (samePlace ? "; same position in the table" : "");
                    columns.Add(new RenameCandidate(RenameKind.Column, oc.Id, nc.Id, oc.Name, nc.Name)
                    {
                        TableOldId = o.Id,
                        TableName = n.QualifiedName,
                        Reason = reason,
                        Similarity = 0.5 + 0.4 * names + (samePlace ? 0.1 : 0),
                    });
                }
            }
        }
        return [.. tables.OrderByDescending(c => c.Similarity), .. columns.OrderByDescending(c => c.Similarity)];
    }

    // Two tables with (mostly) the same columns, by name and type, may be one table renamed.
    private static RenameCandidate? TableCandidate(Table o, Table n)
    {
        if (Shape(o) == Shape(n))
        {
            return new RenameCandidate(RenameKind.Table, o.Id, n.Id, o.QualifiedName, n.QualifiedName)
            {
                Reason = $"same {o.Columns.Count} columns with the same names and types",
                Similarity = 0.7 + 0.3 * NameSimilarity.Of(o.Name, n.Name),
            };
        }
        var shared = o.Columns.Count(c => n.FindColumnByName(c.Name) is { } nc && nc.Type == c.Type);
        var larger = Math.Max(o.Columns.Count, n.Columns.Count);
        if (larger == 0 || (double)shared / larger < TableOverlapThreshold) return null;
        var names = NameSimilarity.Of(o.Name, n.Name);
        return new RenameCandidate(RenameKind.Table, o.Id, n.Id, o.QualifiedName, n.QualifiedName)
        {
            Reason = $"{shared} of {larger} columns match by name and type; names {Percent(names)} alike",
            Similarity = 0.7 * shared / larger + 0.3 * names,
        };
    }

    private static string Percent(double value) => (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Column names and types, in order: two tables with the same shape may be one table renamed.</summary>
    private static string Shape(Table t) =>
        string.Join("|", t.Columns.Select(c => c.Name.ToLowerInvariant() + ":" + LogicalTypeText.Format(c.Type)));
}
