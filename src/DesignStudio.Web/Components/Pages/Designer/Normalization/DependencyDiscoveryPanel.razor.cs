using System.Globalization;
using DesignStudio.Core.Analysis.NormalForms.Discovery;
using DesignStudio.Core.Analysis.NormalForms.Tables;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Text;
using DesignStudio.Engines.Sampling;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace DesignStudio.Web.Components.Pages.Designer.Normalization;

/// <summary>
/// Discovery of functional dependencies from sample rows of a table: a CSV upload (header row names the columns;
/// malformed CSV is reported with line numbers) or up to N rows read from a live database, then TANE with a g3
/// tolerance. The user ticks the minimal dependencies to accept; they are added as one undoable step.
/// </summary>
public partial class DependencyDiscoveryPanel
{
    /// <summary>Largest CSV accepted.</summary>
    public const long MaxCsvBytes = 20 * 1024 * 1024;

    /// <summary>Most rows read from a live database.</summary>
    public const int MaxSampleRows = 100_000;

    /// <summary>Time limit for reading from a live database.</summary>
    public static readonly TimeSpan SampleTimeout = TimeSpan.FromSeconds(30);

    private const int MaxShown = 200;

    private static readonly (string Value, string Text)[] Engines =
    [
        (DialectNames.PostgreSql, "PostgreSQL"), (DialectNames.MySql, "MySQL"), (DialectNames.MariaDb, "MariaDB"),
        (DialectNames.Sqlite, "SQLite"), (DialectNames.SqlServer, "SQL Server"),
    ];

    private string? shownTableId;
    private bool busy;
    private double tolerancePercent;
    private int maxDeterminant = 3;
    private string engine = DialectNames.PostgreSql;
    private string? connectionString;
    private int maxRows = 10_000;
    private (IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows)? sample;
    private string? sampleLabel;
    private IReadOnlyList<FirstNormalFormFinding> sampleFindings = [];
    private List<(string Text, bool Error)> problems = [];
    private DiscoveryResult? result;
    private List<(string Key, string Text, DiscoveredDependency Dependency)>? found;
    private readonly HashSet<string> selected = [];

    /// <summary>The table.</summary>
    [Parameter, EditorRequired] public Table Table { get; set; } = default!;

    /// <summary>Raised with each edit; the page applies it (undoable) and reports whether it applied.</summary>
    [Parameter] public Func<DesignOperation, Task<bool>> OnOperation { get; set; } = _ => Task.FromResult(false);

    /// <summary>Whether editing is blocked.</summary>
    [Parameter] public bool Disabled { get; set; }

    [Inject] private ILogger<DependencyDiscoveryPanel> Logger { get; set; } = default!;

    private string FoundText => found is null || result is null ? ""
        : found.Count == 0 ? $"No new dependency: the {result.Dependencies.Count} minimal dependencies found in {result.RowCount} rows are all implied by the table's keys and declared dependencies, or name columns the table lacks."
        : $"{result.Dependencies.Count} minimal dependencies hold in {result.RowCount} rows; {found.Count} are new to the design" + (found.Count >= MaxShown ? $" (the first {MaxShown} are shown)." : ".");

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (shownTableId == Table.Id) return;
        shownTableId = Table.Id;
        sample = null;
        sampleFindings = [];
        sampleLabel = null;
        problems = [];
        Reset();
    }

    private void Reset()
    {
        result = null;
        found = null;
        selected.Clear();
    }

    private async Task CsvChosenAsync(IBrowserFile? file)
    {
        if (file is null) return;
        Reset();
        sample = null;
        sampleFindings = [];
        problems = [];
        if (file.Size > MaxCsvBytes)
        {
            problems.Add(($"The file is {file.Size / 1024 / 1024.0:0.#} MB; samples up to {MaxCsvBytes / 1024 / 1024} MB can be read.", true));
            return;
        }
        busy = true;
        try
        {
            await using var stream = file.OpenReadStream(MaxCsvBytes);
            using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            var text = await reader.ReadToEndAsync();
            var csv = CsvReader.Parse(text, path: file.Name);
            foreach (var d in csv.Diagnostics) problems.Add((Describe(d), d.Severity == Severity.Error));
            if (csv.Header.Count == 0)
            {
                problems.Add(("The file has no header row.", true));
                return;
            }
            var unknown = csv.Header.Where(h => Table.FindColumnByName(h) is null).ToList();
            if (unknown.Count > 0)
                problems.Add(($"Header columns not in {Table.Name} (their dependencies cannot be accepted): {string.Join(", ", unknown)}.", false));
            if (unknown.Count == csv.Header.Count)
            {
                problems.Add(($"No header column names a column of {Table.Name}.", true));
                return;
            }
            sample = (csv.Header, csv.Rows);
            sampleFindings = FirstNormalFormChecker.CheckSampleValues(Table, csv.Header, csv.Rows);
            sampleLabel = $"{file.Name}: {csv.Rows.Count} rows, {csv.Header.Count} columns.";
        }
        catch (IOException e)
        {
            problems.Add(("The file could not be read: " + e.Message, true));
        }
        finally
        {
            busy = false;
        }
    }

    private async Task SampleDatabaseAsync()
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return;
        Reset();
        sample = null;
        sampleFindings = [];
        problems = [];
        busy = true;
        try
        {
            var read = await TableSampler.ReadAsync(engine, connectionString, Table, maxRows, SampleTimeout);
            foreach (var d in read.Diagnostics) problems.Add((d.Message, d.Severity == Severity.Error));
            if (!read.Succeeded)
            {
                Logger.LogInformation("Sampling {Table} from {Engine} failed: {Code}", Table.Name, engine, read.Diagnostics[0].Code);
                return;
            }
            sample = (read.Columns, read.Rows);
            sampleFindings = FirstNormalFormChecker.CheckSampleValues(Table, read.Columns, read.Rows);
            sampleLabel = $"Read {read.Rows.Count} rows of {Table.QualifiedName} from the {engine} database.";
        }
        finally
        {
            busy = false;
        }
    }

    private async Task DiscoverAsync()
    {
        if (sample is not { } s) return;
        Reset();
        busy = true;
        try
        {
            var options = new DiscoveryOptions(Math.Clamp(tolerancePercent, 0, 50) / 100, Math.Clamp(maxDeterminant, 1, 8));
            // CPU-bound: keep the circuit responsive.
            var discovered = await Task.Run(() => DependencyDiscoverer.Discover(s.Columns, s.Rows, options));
            foreach (var d in discovered.Diagnostics) problems.Add((d.Message, d.Severity == Severity.Error));
            result = discovered;
            found = [];
            foreach (var d in discovered.Dependencies)
            {
                // Only dependencies among the table's columns that its keys and declared dependencies do not imply yet.
                var mapped = DiscoveredDependencyMapper.ToTableDependencies(discovered with { Dependencies = [d] }, Table);
                if (mapped.Count == 0) continue;
                var text = DependencyText.Of(Table, mapped[0].DeterminantIds, mapped[0].DependentIds)
                    + (d.Error > 0 ? $" (holds except in {d.ViolatingRows} of {discovered.RowCount} rows, g3 {(d.Error * 100).ToString("0.##", CultureInfo.InvariantCulture)}%)" : "");
                found.Add((mapped[0].Id + "/" + d.Dependent, text, d));
                if (found.Count >= MaxShown) break;
            }
        }
        finally
        {
            busy = false;
        }
    }

    private void Toggle(string key, bool on)
    {
        if (on) selected.Add(key);
        else selected.Remove(key);
    }

    private async Task AcceptAsync()
    {
        if (result is null || found is null) return;
        var chosen = found.Where(f => selected.Contains(f.Key)).Select(f => f.Dependency).ToList();
        var fds = DiscoveredDependencyMapper.ToTableDependencies(result with { Dependencies = chosen }, Table);
        if (fds.Count == 0) return;
        var steps = fds.Select(fd => (DesignOperation)new AddFunctionalDependency(Table.Id, fd)).ToValueList();
        var operation = steps.Count == 1 ? steps[0] : new CompositeOperation(steps, $"Accept {steps.Count} discovered dependencies");
        if (await OnOperation(operation))
        {
            found.RemoveAll(f => selected.Contains(f.Key));
            selected.Clear();
        }
    }

    private static string Describe(Diagnostic d) =>
        d.Position is { } p ? $"Line {p.Line}, column {p.Column}: {d.Message}" : d.Message;
}
