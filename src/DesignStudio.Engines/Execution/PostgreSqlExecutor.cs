using System.Data.Common;
using DesignStudio.Core.Dialects;
using Npgsql;

namespace DesignStudio.Engines.Execution;

/// <summary>Runs scripts on PostgreSQL through Npgsql.</summary>
public sealed class PostgreSqlExecutor(string connectionString, ExecutionOptions? options = null)
    : SqlExecutor(connectionString, options)
{
    /// <inheritdoc />
    public override string Engine => DialectNames.PostgreSql;

    /// <inheritdoc />
    protected override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);
}
