using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>
/// Counts the queries of the operation log (<c>design_operations</c>) a store's contexts send to the database: an EF
/// Core interceptor on the real store (<see cref="DesignStudio.Data.ProjectDatabase"/>), not a stand-in for it.
/// </summary>
public sealed class LogReadCounter : DbCommandInterceptor
{
    private int reads;

    public int Reads => Volatile.Read(ref reads);

    public void Reset() => Interlocked.Exchange(ref reads, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Count(DbCommand command)
    {
        if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            && command.CommandText.Contains("design_operations", StringComparison.Ordinal)) Interlocked.Increment(ref reads);
    }
}
