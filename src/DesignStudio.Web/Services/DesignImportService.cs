using System.Data.Common;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Import;
using DesignStudio.Core.Import.Dbml;
using DesignStudio.Core.Model;
using DesignStudio.Data;
using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Introspection;

namespace DesignStudio.Web.Services;

/// <summary>
/// The studio's import: reads pasted or uploaded SQL DDL / DBML, or a live database's catalog, into a design with a
/// report, and stores it as a new project or as the new design of an existing one (optimistically, by version).
/// Connection strings are never logged and never appear in messages with their passwords.
/// </summary>
public sealed class DesignImportService(ProjectStore store, ILogger<DesignImportService> logger)
{
    /// <summary>The DBML source language.</summary>
    public const string Dbml = "dbml";

    /// <summary>Largest file the dialog accepts (20 MB).</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>The import could not start (unknown language or engine, empty input).</summary>
    public const string InvalidRequestCode = "IMP001";

    /// <summary>The live read did not finish in time.</summary>
    public const string TimedOutCode = "IMP002";

    /// <summary>Source languages of text and files, in display order.</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. DialectNames.All, Dbml];

    /// <summary>Engines whose live catalog can be read.</summary>
    public static IReadOnlyList<string> Engines { get; } = DialectNames.All;

    /// <summary>How long a live catalog read may take in all.</summary>
    public TimeSpan LiveTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Imports <paramref name="text"/> written in <paramref name="language"/> (a dialect name or <c>dbml</c>).</summary>
    public ImportPreview ImportText(string text, string language, string? sourceName = null)
    {
        var name = NameFrom(sourceName) ?? "Imported design";
        if (string.IsNullOrWhiteSpace(text)) return Refused(language, name, "There is nothing to import: the text is empty.");
        ImportPreview preview;
        if (language == Dbml)
        {
            var result = DbmlImporter.Import(text);
            preview = new ImportPreview(result.Design, ImportReportBuilder.FromDbml(result), name);
        }
        else if (SqlDdlImporter.ParserFor(language) is { } parser)
        {
            var result = parser.Parse(text);
            preview = new ImportPreview(result.Design, result.Report, name);
        }
        else
        {
            return Refused(language, name, $"Unknown source language '{language}'.");
        }
        logger.LogInformation("Previewed {Language} import of {Characters} characters: {TableCount} tables, {ErrorCount} errors",
            language, text.Length, preview.Design?.Tables.Count ?? 0, preview.Report.ErrorCount);
        return preview;
    }

    /// <summary>Reads the catalog of the live database <paramref name="connectionString"/> points at (read-only, with a timeout).</summary>
    public async Task<ImportPreview> ImportLiveAsync(string connectionString, string engine, CancellationToken cancellationToken = default)
    {
        var name = DatabaseName(connectionString) ?? "Imported database";
        if (string.IsNullOrWhiteSpace(connectionString)) return Refused(engine, name, "The connection string is empty.");
        if (CatalogReaders.For(engine) is not { } reader) return Refused(engine, name, $"Unknown engine '{engine}'.");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(LiveTimeout);
        CatalogReadResult result;
        try
        {
            result = await reader.ReadAsync(connectionString, new CatalogReadOptions { CommandTimeout = LiveTimeout, OmitDefaultSchema = true }, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Live {Engine} catalog read timed out after {Seconds} s", engine, LiveTimeout.TotalSeconds);
            return new ImportPreview(null, ImportReportBuilder.Failure(engine, new Diagnostic(TimedOutCode, Severity.Error, "connection",
                $"Reading the {engine} catalog took longer than {LiveTimeout.TotalSeconds:0} s and was stopped.")), name);
        }
        catch (Exception e) when (e is ArgumentException or DbException or InvalidOperationException)
        {
            // Drivers can reject a malformed connection string before the reader sees it; the message may quote it.
            return Refused(engine, name, "The connection string is not valid: " + ConnectionStringRedactor.Scrub(e.Message, connectionString));
        }
        logger.LogInformation("Read live {Engine} catalog: {TableCount} tables, {DiagnosticCount} diagnostics",
            engine, result.Design?.Tables.Count ?? 0, result.Diagnostics.Count);
        return new ImportPreview(result.Design, ImportReportBuilder.FromCatalog(engine, result), name);
    }

    /// <summary>Creates a project named <paramref name="name"/> holding <paramref name="design"/>.</summary>
    public Task<StoreResult<ProjectSummary>> CreateProjectAsync(string userId, string name, Design design, CancellationToken cancellationToken = default) =>
        store.CreateProjectAsync(userId, name, design with { Name = name.Trim() }, cancellationToken: cancellationToken);

    /// <summary>The stored version of a project's design (what a replacement must be based on), or null when it is gone.</summary>
    public async Task<int?> CurrentVersionAsync(string userId, Guid projectId, CancellationToken cancellationToken = default) =>
        (await store.LoadDesignAsync(userId, projectId, cancellationToken)).Value?.Version;

    /// <summary>
    /// Replaces the design of <paramref name="projectId"/> if it is still at <paramref name="expectedVersion"/>;
    /// a concurrent edit makes this a <see cref="SaveResult.Conflict"/> and nothing is written.
    /// </summary>
    public async Task<SaveResult> ReplaceDesignAsync(string userId, Guid projectId, string projectName, Design design, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var result = await store.SaveDesignAsync(userId, projectId, design with { Name = projectName }, expectedVersion, summary: "Replaced by an import", cancellationToken: cancellationToken);
        logger.LogInformation("Replacing the design of project {ProjectId} by import: {Outcome}", projectId, result.GetType().Name);
        return result;
    }

    /// <summary>A preview that imported nothing because the request could not start (<see cref="InvalidRequestCode"/>).</summary>
    public static ImportPreview RefusedPreview(string dialect, string name, string message) =>
        new(null, ImportReportBuilder.Failure(dialect, new Diagnostic(InvalidRequestCode, Severity.Error, "import", message)), name);

    private static ImportPreview Refused(string dialect, string name, string message) => RefusedPreview(dialect, name, message);

    private static string? NameFrom(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName)) return null;
        var name = Path.GetFileNameWithoutExtension(fileName.Trim());
        return name.Length == 0 ? null : name[..Math.Min(name.Length, ProjectStore.MaxNameLength)];
    }

    private static string? DatabaseName(string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (var key in (string[])["Database", "Initial Catalog", "Data Source"])
            {
                if (builder.TryGetValue(key, out var value) && value?.ToString() is { Length: > 0 } text) return NameFrom(text);
            }
        }
        catch (ArgumentException)
        {
            // Unparsable: the reader reports it.
        }
        return null;
    }
}
