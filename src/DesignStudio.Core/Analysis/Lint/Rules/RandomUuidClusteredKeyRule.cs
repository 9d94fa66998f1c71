using System.Text.RegularExpressions;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN011 (MySQL/MariaDB InnoDB, SQL Server): a primary key led by a UUID column filled with random values (a
/// random-UUID default, a non-ordered expression, or no default so the application supplies v4 UUIDs). These engines
/// cluster rows by the primary key (the model has no NONCLUSTERED flag, so SQL Server keys count as clustered).
/// Time-ordered defaults (NEWSEQUENTIALID(), UUIDv7, UUID_TO_BIN(UUID(), 1)) are fine.
/// </summary>
public sealed partial class RandomUuidClusteredKeyRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN011";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Random UUID primary key in a clustered table";

    /// <inheritdoc />
    public string Rationale => "InnoDB and SQL Server store rows in primary-key order; random keys insert everywhere in the " +
        "tree, splitting pages, bloating the table and the buffer pool, and every secondary index repeats the 16-byte key.";

    /// <inheritdoc />
    public string Remedy => "Use a time-ordered key (UUIDv7, NEWSEQUENTIALID(), UUID_TO_BIN(UUID(), 1)) or a bigint identity " +
        "primary key and keep the UUID as a unique public identifier.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects { get; } = [DialectNames.MySql, DialectNames.MariaDb, DialectNames.SqlServer];

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            if (t.PrimaryKey is not { ColumnIds.Count: > 0 } pk || t.FindColumn(pk.ColumnIds[0]) is not { } c) continue;
            if (c.Type is not { Kind: TypeKind.Uuid, IsArray: false } || c.Identity != IdentityKind.None || IsOrdered(c.Default)) continue;
            var source = c.Default is null ? "has no default (so the application supplies the values)" : "defaults to a random UUID";
            yield return new LintFinding(Code, Severity, LintPaths.PrimaryKey(t),
                $"The primary key of {t.QualifiedName} starts with UUID column {c.Name}, which {source}; rows are clustered by this key.")
            {
                ObjectId = pk.Id,
                TableId = t.Id,
                QuickFix = SurrogateKeyFix(t, c),
            };
        }
    }

    private static bool IsOrdered(ColumnDefault? d) => d is { Kind: DefaultKind.Expression, Value: { } sql } && OrderedUuid().IsMatch(sql);

    private static LintQuickFix? SurrogateKeyFix(Table t, Column uuid)
    {
        if (t.PrimaryKey!.ColumnIds.Count != 1 || t.FindColumnByName("id") is { } existing && existing.Id != uuid.Id) return null;
        var newName = uuid.Name == "id" ? "row_id" : "id";
        if (t.FindColumnByName(newName) is not null) return null;
        var newId = ObjectId.Derive("col", t.Id + "/" + newName);
        var uniqueId = ObjectId.Derive("uq", t.Id + "/" + uuid.Id);
        var pkId = t.PrimaryKey.Id;
        return new LintQuickFix($"Add identity key {newName} (int64) to {t.Name} and keep {uuid.Name} unique", d => DesignEdits.UpdateTable(d, t.Id, table =>
            table.FindColumn(newId) is not null || table.PrimaryKey?.Id != pkId ? table : table with
            {
                Columns = table.Columns.Insert(0, new Column { Id = newId, Name = newName, Type = LogicalType.Int64, Nullable = false, Identity = IdentityKind.Always }),
                PrimaryKey = table.PrimaryKey with { ColumnIds = [newId] },
                Uniques = table.Uniques.Add(new UniqueConstraint { Id = uniqueId, Name = $"uq_{table.Name}_{uuid.Name}", ColumnIds = [uuid.Id] }),
            }));
    }

    [GeneratedRegex(@"sequential|uuid_?v7|uuid7|uuid_to_bin\s*\(\s*uuid\s*\(\s*\)\s*,\s*(1|true)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex OrderedUuid();
}
