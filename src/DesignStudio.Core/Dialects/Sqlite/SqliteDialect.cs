namespace DesignStudio.Core.Dialects.Sqlite;

/// <summary>SQLite 3.40+: "..." identifiers, no schemas, inline foreign keys, type affinities, rowid identity.</summary>
public sealed class SqliteDialect : SqlDialect
{
    /// <summary>Creates the dialect.</summary>
    public SqliteDialect()
    {
        Types = new SqliteTypeMapper();
        Generator = new SqliteDdlGenerator(this);
    }

    /// <inheritdoc />
    public override string Name => DialectNames.Sqlite;

    /// <inheritdoc />
    public override string DisplayName => "SQLite 3.40+";

    /// <summary>SQLite has no practical identifier limit; derived names are kept under this length anyway.</summary>
    public override int MaxIdentifierLength => 1000;

    /// <inheritdoc />
    public override bool IdentifiersCaseSensitive => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases => ["sqlite3"];

    /// <inheritdoc />
    public override TypeMapper Types { get; }

    /// <inheritdoc />
    protected override DdlGenerator Generator { get; }

    /// <inheritdoc />
    public override string QuoteIdentifier(string name) => Delimit(name, '"', '"');
}
