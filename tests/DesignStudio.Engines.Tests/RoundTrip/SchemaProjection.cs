using System.Text.RegularExpressions;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Tests.Ddl;

namespace DesignStudio.Engines.Tests.RoundTrip;

/// <summary>
/// A canonical, id-free projection of a design: one sorted line per table, column, default, key, foreign key and
/// index, so that two designs (an import and a catalog read) compare as sets of lines and a difference names itself.
/// Constraint and index names are left out: engines and generators name unnamed constraints differently, and the
/// content (columns, target, actions, parts) is what a round trip must keep.
/// </summary>
public static partial class SchemaProjection
{
    [GeneratedRegex(@"[\s()""`\[\]]")]
    private static partial Regex Squash();

    /// <summary>Options for what an engine cannot tell apart.</summary>
    /// <param name="KeepSchema">False where the schema is the database itself (MariaDB, SQLite).</param>
    /// <param name="FoldIdentityKind">True where ALWAYS and BY DEFAULT are one native auto-increment.</param>
    /// <param name="DefaultSchema">The schema an unqualified name lands in (PostgreSQL: public), written as no schema.</param>
    public sealed record Options(bool KeepSchema, bool FoldIdentityKind, string? DefaultSchema = null);

    /// <summary>The projection as a sorted list of lines.</summary>
    public static IReadOnlyList<string> Of(Design design, Options options)
    {
        var lines = new List<string>();
        foreach (var t in design.Tables)
        {
            var name = QualifiedName(t, options);
            string Col(string id) => t.FindColumn(id)?.Name ?? "?" + id;
            string Cols(IEnumerable<string> ids) => string.Join(",", ids.Select(Col));
            lines.Add($"table {name}");
            foreach (var c in t.Columns)
            {
                var identity = c.Identity == IdentityKind.None ? "" : options.FoldIdentityKind ? " identity" : " identity:" + c.Identity;
                lines.Add($"column {name}.{c.Name} {TypeOf(design, c.Type)}{(c.Nullable ? " null" : " not null")}{identity} default={Canonical.Default(c)}");
            }
            if (t.PrimaryKey is { } pk) lines.Add($"pk {name} ({Cols(pk.ColumnIds)})");
            foreach (var u in t.Uniques) lines.Add($"unique {name} ({Cols(u.ColumnIds)})");
            foreach (var f in t.ForeignKeys)
            {
                var target = design.FindTable(f.TargetTableId);
                var targetName = target is null ? "?" : QualifiedName(target, options);
                var targetCols = target is null ? "?" : string.Join(",", f.TargetColumnIds.Select(id => target.FindColumn(id)?.Name ?? "?"));
                lines.Add($"fk {name} ({Cols(f.ColumnIds)}) -> {targetName} ({targetCols}) on delete {Action(f.OnDelete)} on update {Action(f.OnUpdate)}");
            }
            foreach (var i in t.Indexes)
            {
                var parts = string.Join(",", i.Parts.Select(p =>
                    (p.ColumnId is { } id ? Col(id) : "expr:" + Squash().Replace((p.Expression ?? "").ToLowerInvariant(), ""))
                    + (p.Descending ? " desc" : "") + (p.PrefixLength is { } n ? $"({n})" : "")));
                var include = i.IncludeColumnIds.Count == 0 ? "" : $" include ({Cols(i.IncludeColumnIds)})";
                var where = i.Where is null ? "" : " where " + Squash().Replace(i.Where.ToLowerInvariant(), "");
                lines.Add($"index {name}{(i.Unique ? " unique" : "")} {i.Method} ({parts}){include}{where}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Lines of <paramref name="expected"/> missing from <paramref name="actual"/> (-) and extra in it (+).</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.ToList();
        var extra = new List<string>();
        foreach (var line in actual)
        {
            if (!missing.Remove(line)) extra.Add(line);
        }
        return missing.Select(l => "- " + l).Concat(extra.Select(l => "+ " + l)).ToList();
    }

    // RESTRICT and NO ACTION differ only in when the check runs (immediately vs at the end of the statement);
    // not declaring an action means NO ACTION.
    private static string Action(ReferentialAction? action) => action switch
    {
        null or ReferentialAction.NoAction => "no action",
        var a => a.ToString()!.ToLowerInvariant(),
    };

    private static string QualifiedName(Table t, Options options) =>
        options.KeepSchema && t.Schema is not null && t.Schema != options.DefaultSchema ? t.Schema + "." + t.Name : t.Name;

    private static string TypeOf(Design design, LogicalType type) =>
        type.Kind == TypeKind.Enum && type.EnumId is { } id
            ? "enum(" + string.Join("|", design.FindEnum(id)?.Values ?? []) + ")" + (type.IsArray ? "[]" : "")
            : LogicalTypeText.Format(type);
}
