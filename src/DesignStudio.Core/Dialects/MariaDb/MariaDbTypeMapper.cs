using DesignStudio.Core.Dialects.MySql;

namespace DesignStudio.Core.Dialects.MariaDb;

/// <summary>MariaDB 10.11 types: as MySQL 8, but uuid is native (10.7+). JSON is MariaDB's alias of longtext with a validity check.</summary>
public sealed class MariaDbTypeMapper(ISqlDialect dialect) : MySqlTypeMapper(dialect)
{
    /// <inheritdoc />
    protected override TypeMapping Uuid => TypeMapping.Exact("uuid");
}
