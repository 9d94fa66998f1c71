using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Validation;

namespace DesignStudio.Core.Serialization;

/// <summary>
/// Where each object of a design read from a file starts in that file, keyed by the object paths validation
/// diagnostics use (<c>tables/users/columns/email</c>), so tools can print <c>FILE:LINE:COL</c> for them too.
/// </summary>
public sealed class DesignSourceMap
{
    private readonly Dictionary<string, SourcePosition> positions = new(StringComparer.Ordinal);

    private DesignSourceMap()
    {
    }

    internal static DesignSourceMap Build(Design design, JsonPositionIndex index)
    {
        var map = new DesignSourceMap();
        void Add(string objectPath, string jsonPath)
        {
            if (!map.positions.ContainsKey(objectPath) && index.Find(jsonPath) is { } p) map.positions[objectPath] = p;
        }

        for (var i = 0; i < design.Tables.Count; i++)
        {
            var t = design.Tables[i];
            var at = $"$.design.tables[{i}]";
            Add(DesignPaths.Table(t), at);
            for (var j = 0; j < t.Columns.Count; j++) Add(DesignPaths.Column(t, t.Columns[j]), $"{at}.columns[{j}]");
            if (t.PrimaryKey is not null) Add(DesignPaths.PrimaryKey(t), at + ".primaryKey");
            for (var j = 0; j < t.Uniques.Count; j++) Add(DesignPaths.Unique(t, t.Uniques[j]), $"{at}.uniques[{j}]");
            for (var j = 0; j < t.Checks.Count; j++) Add(DesignPaths.Check(t, t.Checks[j]), $"{at}.checks[{j}]");
            for (var j = 0; j < t.ForeignKeys.Count; j++) Add(DesignPaths.ForeignKey(t, t.ForeignKeys[j]), $"{at}.foreignKeys[{j}]");
            for (var j = 0; j < t.Indexes.Count; j++) Add(DesignPaths.Index(t, t.Indexes[j]), $"{at}.indexes[{j}]");
            for (var j = 0; j < t.FunctionalDependencies.Count; j++)
            {
                Add(DesignPaths.Dependency(t, t.FunctionalDependencies[j]), $"{at}.functionalDependencies[{j}]");
            }
            if (t.Features.UpdatedAtColumnId is not null) Add(DesignPaths.UpdatedAt(t), at + ".features.updatedAtColumnId");
        }
        for (var i = 0; i < design.Enums.Count; i++) Add(DesignPaths.Enum(design.Enums[i]), $"$.design.enums[{i}]");
        for (var i = 0; i < design.Areas.Count; i++) Add(DesignPaths.Area(design.Areas[i]), $"$.design.areas[{i}]");
        for (var i = 0; i < design.Notes.Count; i++) Add(DesignPaths.Note(design.Notes[i]), $"$.design.notes[{i}]");
        for (var i = 0; i < design.Verbatim.Count; i++) Add(DesignPaths.Verbatim(design.Verbatim[i]), $"$.design.verbatim[{i}]");
        return map;
    }

    /// <summary>The position of the object at <paramref name="objectPath"/> (the first one, if several share the path).</summary>
    public SourcePosition? Find(string objectPath) =>
        positions.TryGetValue(objectPath, out var p) ? p : null;

    /// <summary><paramref name="diagnostic"/> with the position of its object, when it has none and the object is known.</summary>
    public Diagnostic Locate(Diagnostic diagnostic) =>
        diagnostic.Position is null && Find(diagnostic.Path) is { } p ? diagnostic with { Position = p } : diagnostic;
}
