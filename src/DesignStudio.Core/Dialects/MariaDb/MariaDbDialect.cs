using DesignStudio.Core.Dialects.MySql;

namespace DesignStudio.Core.Dialects.MariaDb;

/// <summary>MariaDB 10.11: MySQL's rules with a native uuid type, uuid()/curdate() defaults and no functional indexes.</summary>
public sealed class MariaDbDialect : MySqlDialect
{
    /// <inheritdoc />
    public override string Name => DialectNames.MariaDb;

    /// <inheritdoc />
    public override string DisplayName => "MariaDB 10.11";

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases => ["maria"];

    /// <inheritdoc />
    protected override TypeMapper CreateTypeMapper() => new MariaDbTypeMapper(this);

    /// <inheritdoc />
    protected override DdlGenerator CreateGenerator() => new MariaDbDdlGenerator(this);
}
