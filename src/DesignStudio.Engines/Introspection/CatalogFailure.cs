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
        new(null, [new Diagnostic(CatalogDiagnosticCodes.ConnectionFailed, Severity.Error, "connection",
            "Could not connect: " + ConnectionStringRedactor.Scrub(error.Message, connectionString))]);

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
