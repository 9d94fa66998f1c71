using DesignStudio.Core.Dialects.MySql;

namespace DesignStudio.Core.Dialects.MariaDb;

/// <summary>MariaDB migrations: the MySQL rules with MariaDB's DDL generator (uuid type, curdate(), no expression index parts).</summary>
public sealed class MariaDbMigrationGenerator(SqlDialect dialect) : MySqlMigrationGenerator(dialect, new MariaDbDdlGenerator(dialect));
