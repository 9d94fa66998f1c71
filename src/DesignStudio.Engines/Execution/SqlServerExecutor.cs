using System.Data.Common;
using DesignStudio.Core.Dialects;
using Microsoft.Data.SqlClient;

namespace DesignStudio.Engines.Execution;

/// <summary>Runs scripts on SQL Server through Microsoft.Data.SqlClient (one batch per statement: no GO lines).</summary>
public sealed class SqlServerExecutor(string connectionString, ExecutionOptions? options = null)
    : SqlExecutor(connectionString, options)
{
    /// <inheritdoc />
    public override string Engine => DialectNames.SqlServer;

    /// <inheritdoc />
    protected override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    /// <inheritdoc />
    protected override string? ErrorCode(DbException error) =>
        error is SqlException sql ? sql.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : base.ErrorCode(error);

    /// <inheritdoc />
    protected override bool IsTimeout(Exception error) => base.IsTimeout(error) || error is SqlException { Number: -2 };
}
