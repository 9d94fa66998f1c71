using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN010 (MySQL/MariaDB): a column the MySQL type mapper turns into longtext, longblob or json (text, varchar without
/// length or longer than 16,383, binary without length, JSON, arrays) in a B-tree or hash index without a prefix
/// length, or in a primary key or unique constraint. MySQL rejects all of these (error 1170; JSON cannot be indexed at
/// all): errors. MariaDB 10.11 (checked on the test server) rejects only the primary key; it silently shortens a plain
/// index to a 3,072-byte prefix and backs a unique constraint with a hidden hash index: warnings there. A native type
/// override for the target dialect decides when set (e.g. <c>varchar(100)</c> is indexable).
/// </summary>
public sealed class UnindexableTextKeyRule : ILintRule
{
    /// <summary>Prefix length of the quick fix: 191 characters × 4 bytes (utf8mb4) fit the 767-byte limit of older row formats.</summary>
    public const int SuggestedPrefixLength = 191;

    /// <summary>Longest varchar the MySQL type mapper keeps as varchar (longer ones become longtext).</summary>
    private const int MySqlLongestVarchar = 16383;

    /// <inheritdoc />
    public string Code => "LN010";

    /// <inheritdoc />
    public Severity Severity => Severity.Error;

    /// <inheritdoc />
    public string Title => "TEXT/BLOB key without prefix length";

    /// <inheritdoc />
    public string Rationale => "MySQL and MariaDB refuse to create an index, primary key or unique constraint over a whole " +
        "TEXT or BLOB column (\"BLOB/TEXT column used in key specification without a key length\") and cannot index JSON " +
        "columns at all, so the DDL fails.";

    /// <inheritdoc />
    public string Remedy => "Give the index part a prefix length, use varchar(n)/binary(n) for keys, or index a generated column extracted from the JSON.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects { get; } = [DialectNames.MySql, DialectNames.MariaDb];

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var dialect = context.Dialect ?? DialectNames.MySql;
        var mariaDb = dialect == DialectNames.MariaDb;
        foreach (var t in context.Design.Tables)
        {
            foreach (var ix in t.Indexes)
            {
                if (ix.Method is IndexMethod.FullText or IndexMethod.Spatial) continue;
                foreach (var part in ix.Parts)
                {
                    if (part.PrefixLength is not null || part.ColumnId is null || t.FindColumn(part.ColumnId) is not { } c) continue;
                    var kind = Unindexable(c, dialect);
                    if (kind is null) continue;
                    var label = LintPaths.IndexLabel(t, ix);
                    var fix = kind == "json" && !mariaDb ? null : new LintQuickFix($"Index the first {SuggestedPrefixLength} characters of {c.Name} in {label}",
                        d => DesignEdits.UpdateIndex(d, t.Id, ix.Id, i => i with
                        {
                            Parts = i.Parts.Select(p => p.ColumnId == c.Id && p.PrefixLength is null ? p with { PrefixLength = SuggestedPrefixLength } : p).ToValueList(),
                        }));
                    yield return new LintFinding(Code, mariaDb ? Severity.Warning : Severity, LintPaths.Index(t, ix),
                        $"Index {label} includes {kind} column {c.Name} without a prefix length; " + (mariaDb
                            ? "MariaDB silently shortens the key to a 3,072-byte prefix (768 characters in utf8mb4) that does not cover whole values."
                            : Explain(kind)))
                    {
                        ObjectId = ix.Id,
                        TableId = t.Id,
                        QuickFix = fix,
                    };
                }
            }

            foreach (var (objectId, path, what, columnIds, isPrimaryKey) in Constraints(t))
            {
                foreach (var id in columnIds)
                {
                    if (t.FindColumn(id) is not { } c || Unindexable(c, dialect) is not { } kind) continue;
                    var fix = kind != "text" ? null : new LintQuickFix($"Change {t.Name}.{c.Name} to varchar(255)",
                        d => DesignEdits.UpdateColumn(d, t.Id, c.Id, col => col.Type.Kind is TypeKind.Text or TypeKind.Varchar ? col with { Type = LogicalType.Varchar(255) } : col));
                    var hashed = mariaDb && !isPrimaryKey;
                    yield return new LintFinding(Code, hashed ? Severity.Warning : Severity, path,
                        $"The {what} of {t.QualifiedName} includes {kind} column {c.Name}; " + (hashed
                            ? "MariaDB enforces it through a hidden hash index, which serves only equality lookups."
                            : Explain(kind)))
                    {
                        ObjectId = objectId,
                        TableId = t.Id,
                        QuickFix = fix,
                    };
                }
            }
        }
    }

    private static IEnumerable<(string ObjectId, string Path, string What, ValueList<string> ColumnIds, bool IsPrimaryKey)> Constraints(Table t)
    {
        if (t.PrimaryKey is { } pk) yield return (pk.Id, LintPaths.PrimaryKey(t), "primary key", pk.ColumnIds, true);
        foreach (var u in t.Uniques) yield return (u.Id, LintPaths.Unique(t, u), u.Name is null ? "unique constraint" : "unique constraint " + u.Name, u.ColumnIds, false);
    }

    private static string Explain(string kind) => kind == "json"
        ? "MySQL cannot index JSON columns; index a generated column extracted from it."
        : "MySQL/MariaDB reject keys over whole TEXT/BLOB columns.";

    /// <summary>"text", "blob" or "json" when the column maps to a type InnoDB cannot index whole, else null.</summary>
    private static string? Unindexable(Column c, string dialect)
    {
        if (c.NativeTypeFor(dialect) is { } native)
        {
            var n = native.ToLowerInvariant();
            return n.Contains("json", StringComparison.Ordinal) ? "json"
                : n.Contains("text", StringComparison.Ordinal) ? "text"
                : n.Contains("blob", StringComparison.Ordinal) ? "blob" : null;
        }
        if (c.Type.IsArray || c.Type.Kind == TypeKind.Json) return "json";
        return c.Type.Kind switch
        {
            TypeKind.Text => "text",
            TypeKind.Varchar when c.Type.Length is null or > MySqlLongestVarchar => "text",
            TypeKind.Binary when c.Type.Length is null => "blob",
            _ => null,
        };
    }
}
