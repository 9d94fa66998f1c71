using DesignStudio.Core.Dialects.MySql;

namespace DesignStudio.Core.Dialects.MariaDb;

/// <summary>
/// MariaDB 10.11 DDL: MySQL's generator with MariaDB's native functions as defaults (<c>uuid()</c>,
/// <c>curdate()</c>, bare expressions) and without functional index parts, which MariaDB lacks.
/// </summary>
public sealed class MariaDbDdlGenerator(SqlDialect dialect) : MySqlDdlGenerator(dialect)
{
    /// <inheritdoc />
    protected override string RandomUuidSql => "uuid()";

    /// <inheritdoc />
    protected override string CurrentDateSql => "curdate()";

    /// <inheritdoc />
    protected override bool SupportsExpressionParts => false;
}
