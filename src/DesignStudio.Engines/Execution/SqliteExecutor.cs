using System.Data.Common;
using DesignStudio.Core.Dialects;
using Microsoft.Data.Sqlite;

namespace DesignStudio.Engines.Execution;

/// <summary>Runs scripts on a SQLite file through Microsoft.Data.Sqlite (in process).</summary>
public sealed class SqliteExecutor(string connectionString, ExecutionOptions? options = null)
    : SqlExecutor(connectionString, options)
{
    /// <inheritdoc />
    public override string Engine => DialectNames.Sqlite;

    /// <inheritdoc />
    protected override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    /// <inheritdoc />
    protected override string? ErrorCode(DbException error) =>
        error is SqliteException lite ? "SQLITE_" + lite.SqliteErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : base.ErrorCode(error);
}
