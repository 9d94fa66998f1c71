namespace DesignStudio.Core.Dialects.SqlServer;

/// <summary>SQL Server 2019+: [...] identifiers (128 characters), N'...' literals, dbo default schema, GO batches.</summary>
public sealed class SqlServerDialect : SqlDialect
{
    /// <summary>Creates the dialect.</summary>
    public SqlServerDialect()
    {
        Types = new SqlServerTypeMapper();
        Generator = new SqlServerDdlGenerator(this);
    }

    /// <inheritdoc />
    public override string Name => DialectNames.SqlServer;

    /// <inheritdoc />
    public override string DisplayName => "SQL Server 2019+";

    /// <inheritdoc />
    public override int MaxIdentifierLength => 128;

    /// <inheritdoc />
    public override bool IdentifiersCaseSensitive => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases => ["mssql", "tsql", "sql-server"];

    /// <inheritdoc />
    public override TypeMapper Types { get; }

    /// <inheritdoc />
    protected override DdlGenerator Generator { get; }

    /// <inheritdoc />
    public override string QuoteIdentifier(string name) => Delimit(name, '[', ']');

    /// <inheritdoc />
    public override string QuoteString(string value) => "N" + base.QuoteString(value);
}
