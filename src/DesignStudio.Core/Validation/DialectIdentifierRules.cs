using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Validation;

/// <summary>
/// What a dialect allows in identifiers, as far as validation needs it. Kept here as data, independent of the
/// dialect classes, so the validator works without a generator.
/// </summary>
/// <param name="Dialect">Dialect name from <see cref="DialectNames"/>.</param>
/// <param name="MaxLength">Longest identifier, or null for no practical limit (SQLite).</param>
/// <param name="LengthInUtf8Bytes">Whether <paramref name="MaxLength"/> counts UTF-8 bytes (PostgreSQL's NAMEDATALEN - 1).</param>
/// <param name="CaseSensitive">Whether names differing only in letter case are different objects.</param>
/// <param name="IndexNamesPerSchema">Whether index names share one namespace per schema (PostgreSQL, SQLite) rather than per table.</param>
/// <param name="BmpOnly">Whether characters outside the Basic Multilingual Plane (e.g. emoji) are rejected (MySQL, MariaDB).</param>
/// <param name="NoTrailingSpace">Whether a name may not end with a space (MySQL, MariaDB).</param>
public sealed record DialectIdentifierRules(
    string Dialect,
    int? MaxLength,
    bool LengthInUtf8Bytes,
    bool CaseSensitive,
    bool IndexNamesPerSchema,
    bool BmpOnly,
    bool NoTrailingSpace)
{
    /// <summary>
    /// The rules per dialect. PostgreSQL: generators quote every identifier, so names are case-sensitive; 63 bytes.
    /// MySQL/MariaDB: column and index names are case-insensitive; table names are case-sensitive on Linux only
    /// (lower_case_table_names), so we treat them as case-insensitive to keep designs portable to Windows and macOS;
    /// 64 characters. SQLite compares identifiers case-insensitively even when quoted; no length limit.
    /// SQL Server: case follows the database collation, case-insensitive by default; 128 characters.
    /// </summary>
    public static IReadOnlyDictionary<string, DialectIdentifierRules> ByDialect { get; } =
        new Dictionary<string, DialectIdentifierRules>(StringComparer.OrdinalIgnoreCase)
        {
            [DialectNames.PostgreSql] = new(DialectNames.PostgreSql, 63, true, true, true, false, false),
            [DialectNames.MySql] = new(DialectNames.MySql, 64, false, false, false, true, true),
            [DialectNames.MariaDb] = new(DialectNames.MariaDb, 64, false, false, false, true, true),
            [DialectNames.Sqlite] = new(DialectNames.Sqlite, null, false, false, true, false, false),
            [DialectNames.SqlServer] = new(DialectNames.SqlServer, 128, false, false, false, false, false),
        };

    /// <summary>The length of <paramref name="name"/> in this dialect's unit.</summary>
    public int LengthOf(string name) => LengthInUtf8Bytes ? System.Text.Encoding.UTF8.GetByteCount(name) : name.Length;

    /// <summary>The unit of <see cref="MaxLength"/> for messages.</summary>
    public string Unit => LengthInUtf8Bytes ? "bytes (UTF-8)" : "characters";
}
