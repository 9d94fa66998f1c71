namespace DesignStudio.Core.Dialects.PostgreSql;

/// <summary>PostgreSQL 15+: "..." identifiers, 63-byte names, native enums, arrays, partial and INCLUDE indexes.</summary>
public sealed class PostgreSqlDialect : SqlDialect
{
    /// <summary>Creates the dialect.</summary>
    public PostgreSqlDialect()
    {
        Types = new PostgreSqlTypeMapper(this);
        Generator = new PostgreSqlDdlGenerator(this);
    }

    /// <inheritdoc />
    public override string Name => DialectNames.PostgreSql;

    /// <inheritdoc />
    public override string DisplayName => "PostgreSQL 15+";

    /// <inheritdoc />
    public override int MaxIdentifierLength => 63;

    /// <inheritdoc />
    public override bool IdentifierLengthInBytes => true;

    /// <inheritdoc />
    public override bool IdentifiersCaseSensitive => true;

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases => ["postgresql", "pg", "pgsql"];

    /// <inheritdoc />
    public override TypeMapper Types { get; }

    /// <inheritdoc />
    protected override DdlGenerator Generator { get; }

    /// <inheritdoc />
    public override string QuoteIdentifier(string name) => Delimit(name, '"', '"');
}
