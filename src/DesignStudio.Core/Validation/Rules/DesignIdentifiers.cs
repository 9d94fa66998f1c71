using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>Every SQL identifier of a design (names of schemas, tables, columns, constraints, indexes, enums) with its path.</summary>
internal static class DesignIdentifiers
{
    public static IEnumerable<(string Name, string Path, string What)> All(Design design)
    {
        foreach (var t in design.Tables)
        {
            var path = DesignPaths.Table(t);
            yield return (t.Name, path, "table name");
            if (t.Schema is { } schema) yield return (schema, path, "schema name");
            foreach (var c in t.Columns) yield return (c.Name, DesignPaths.Column(t, c), "column name");
            if (t.PrimaryKey is { Name: { } pk }) yield return (pk, DesignPaths.PrimaryKey(t), "constraint name");
            foreach (var u in t.Uniques)
            {
                if (u.Name is { } n) yield return (n, DesignPaths.Unique(t, u), "constraint name");
            }
            foreach (var c in t.Checks)
            {
                if (c.Name is { } n) yield return (n, DesignPaths.Check(t, c), "constraint name");
            }
            foreach (var f in t.ForeignKeys)
            {
                if (f.Name is { } n) yield return (n, DesignPaths.ForeignKey(t, f), "constraint name");
            }
            foreach (var i in t.Indexes)
            {
                if (i.Name is { } n) yield return (n, DesignPaths.Index(t, i), "index name");
            }
        }
        foreach (var e in design.Enums)
        {
            yield return (e.Name, DesignPaths.Enum(e), "enum name");
            if (e.Schema is { } schema) yield return (schema, DesignPaths.Enum(e), "schema name");
        }
    }
}
