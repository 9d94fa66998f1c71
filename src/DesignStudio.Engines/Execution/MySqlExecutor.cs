using System.Data.Common;
using DesignStudio.Core.Dialects;
using MySqlConnector;

namespace DesignStudio.Engines.Execution;

/// <summary>Runs scripts on MySQL or MariaDB through MySqlConnector.</summary>
public sealed class MySqlExecutor(string connectionString, ExecutionOptions? options = null, string engine = DialectNames.MariaDb)
    : SqlExecutor(connectionString, options)
{
    /// <inheritdoc />
    public override string Engine => engine;

    /// <inheritdoc />
    protected override DbConnection CreateConnection(string connectionString) => new MySqlConnection(connectionString);

    /// <inheritdoc />
    protected override string? ErrorCode(DbException error) =>
        error is MySqlException my ? ((int)my.ErrorCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : base.ErrorCode(error);

    /// <inheritdoc />
    protected override bool IsTimeout(Exception error) =>
        base.IsTimeout(error) || error is MySqlException { ErrorCode: MySqlErrorCode.CommandTimeoutExpired or MySqlErrorCode.QueryInterrupted };
}
