namespace DesignStudio.Core.Dialects.MySql;

/// <summary>
/// MySQL 8: `...` identifiers (64 characters), schema = database, inline ENUM, AUTO_INCREMENT, COMMENT clauses.
/// String literals double both quotes and backslashes, so they mean the same with or without NO_BACKSLASH_ESCAPES.
/// </summary>
public class MySqlDialect : SqlDialect
{
    /// <summary>Creates the dialect.</summary>
    public MySqlDialect()
    {
        Types = CreateTypeMapper();
        Generator = CreateGenerator();
    }

    /// <inheritdoc />
    public override string Name => DialectNames.MySql;

    /// <inheritdoc />
    public override string DisplayName => "MySQL 8";

    /// <inheritdoc />
    public override int MaxIdentifierLength => 64;

    /// <inheritdoc />
    public override bool IdentifiersCaseSensitive => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases => ["mysql8"];

    /// <inheritdoc />
    public override TypeMapper Types { get; }

    /// <inheritdoc />
    protected override DdlGenerator Generator { get; }

    /// <inheritdoc />
    public override string QuoteIdentifier(string name) => Delimit(name, '`', '`');

    /// <inheritdoc />
    public override string QuoteString(string value) =>
        "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)
            .Replace("\0", "\\0", StringComparison.Ordinal) + "'";

    /// <summary>The type mapper (MariaDB supplies its own).</summary>
    protected virtual TypeMapper CreateTypeMapper() => new MySqlTypeMapper(this);

    /// <summary>The generator (MariaDB supplies its own).</summary>
    protected virtual DdlGenerator CreateGenerator() => new MySqlDdlGenerator(this);
}
