using System.Data.Common;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Execution;

namespace DesignStudio.Engines.Introspection;

/// <summary>Turns connection and query failures into diagnostics, with passwords removed from every message.</summary>
internal static class CatalogFailure
{
    public static bool IsUserCaused(Exception error, CancellationToken callerToken) => error switch
    {
        OperationCanceledException => !callerToken.IsCancellationRequested,
        DbException or TimeoutException or ArgumentException or InvalidOperationException or IOException => true,
        _ => false,
    };

    public static CatalogReadResult Connecting(Exception error, string connectionString) =>
        new(null, [new Diagnostic(CatalogDiagnosticCodes.ConnectionFailed, Severity.Error, "connection", IsMissingGlobalization(error)
            ? "Could not connect: this process runs in globalization-invariant mode, and the SQL Server driver needs ICU " +
              "(install libicu and run with InvariantGlobalization=false, as the studio and the CLI are built)."
            : "Could not connect: " + ConnectionStringRedactor.Scrub(error.Message, connectionString))]);

    /// <summary>
    /// Microsoft.Data.SqlClient refuses to open a connection without ICU: NotSupportedException ("Globalization Invariant
    /// Mode is not supported") or, since .NET 6, CultureNotFoundException from its own early check.
    /// </summary>
    public static bool IsMissingGlobalization(Exception error) =>
        error is System.Globalization.CultureNotFoundException
        || (error is NotSupportedException && error.Message.Contains("Globalization Invariant", StringComparison.OrdinalIgnoreCase));

    public static CatalogReadResult Querying(Exception error, string connectionString, CatalogDraft draft)
    {
        var timedOut = error is TimeoutException || error.InnerException is TimeoutException || error is OperationCanceledException;
        var message = timedOut
            ? "Reading the catalog timed out: " + ConnectionStringRedactor.Scrub(error.Message, connectionString)
            : "Reading the catalog failed: " + ConnectionStringRedactor.Scrub(error.Message, connectionString);
        var diagnostics = draft.Diagnostics.ToList();
        diagnostics.Add(new Diagnostic(CatalogDiagnosticCodes.QueryFailed, Severity.Error, "catalog", message));
        return new CatalogReadResult(null, diagnostics.ToValueList());
    }
}
