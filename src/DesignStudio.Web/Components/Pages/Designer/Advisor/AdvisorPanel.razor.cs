using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Engines.IndexAdvisor;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Advisor;

/// <summary>
/// The index advisor: edits the workload, proposes indexes (Core), proves them with a planner off the UI thread —
/// SQLite in process, PostgreSQL / MySQL when a sandbox server is configured — with a cancel button, shows the plans
/// before and after side by side and adds a proposal to the design as an AddIndex operation.
/// </summary>
public sealed partial class AdvisorPanel : IDisposable
{
    private string engine = DialectNames.Sqlite;
    private IndexAdvice? advice;
    private Design? adviceDesign;
    private VerificationReport? report;
    private bool running;
    private string status = "";
    private CancellationTokenSource? cancel;

    /// <summary>The design.</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = null!;

    /// <summary>Applies an edit through the page's edit session; true when it applied.</summary>
    [Parameter] public Func<DesignOperation, Task<bool>>? OnOperation { get; set; }

    /// <summary>Whether editing is blocked.</summary>
    [Parameter] public bool Disabled { get; set; }

    [Inject] private AdvisorSandbox Sandbox { get; set; } = default!;
    [Inject] private ILogger<AdvisorPanel> Logger { get; set; } = default!;

    /// <summary>The name of the last scratch database (SQLite: its file), as the verifier reported it.</summary>
    internal string? ScratchName { get; private set; }

    /// <summary>Called on the worker thread after each reported step; lets tests hold the verification at a step.</summary>
    internal Action<string>? StepObserved { get; set; }

    private static string EngineLabel(string e) => e switch
    {
        DialectNames.Sqlite => "SQLite (in process)",
        DialectNames.PostgreSql => "PostgreSQL sandbox",
        DialectNames.MySql => "MySQL sandbox",
        DialectNames.MariaDb => "MariaDB sandbox",
        _ => e,
    };

    private void SelectEngine(string? value)
    {
        if (value is null || value == engine) return;
        engine = value;
        advice = null;
        report = null;
    }

    private void Propose()
    {
        adviceDesign = Design;
        advice = WorkloadAdvisor.Advise(Design, DesignWorkload.Queries(Design), engine);
        report = null;
        status = $"{advice.Candidates.Count} index(es) proposed, {advice.Skipped.Count} not proposed.";
    }

    private async Task VerifyAsync()
    {
        if (running) return;
        Propose();
        var (design, proposed) = (adviceDesign!, advice!);
        running = true;
        cancel = new CancellationTokenSource();
        var token = cancel.Token;
        var progress = new ProgressReporter(this);
        status = "Starting the verification…";
        try
        {
            // Off the UI thread: data generation and planning take seconds.
            report = await Task.Run(() => Verify(design, proposed, progress, token), token);
            status = $"{report.Verdicts.Count(v => v.Recommended)} of {proposed.Candidates.Count} proposal(s) recommended by the {EngineLabel(report.Engine)} planner.";
        }
        catch (OperationCanceledException)
        {
            status = "Verification cancelled; the scratch database was dropped.";
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            Logger.LogWarning(e, "Index verification on {Engine} failed", engine);
            status = "The verification failed: " + e.Message;
        }
        finally
        {
            running = false;
            cancel.Dispose();
            cancel = null;
        }
    }

    private Task<VerificationReport> Verify(Design design, IndexAdvice proposed, IProgress<string> progress, CancellationToken token) => engine switch
    {
        DialectNames.PostgreSql => new PostgreSqlIndexVerifier(Sandbox.PostgreSql!) { Progress = progress }.VerifyAsync(design, proposed, token),
        DialectNames.MySql or DialectNames.MariaDb => new MySqlIndexVerifier(Sandbox.MySql!, engine) { Progress = progress }.VerifyAsync(design, proposed, token),
        _ => new SqliteIndexVerifier { Progress = progress }.VerifyAsync(design, proposed, token),
    };

    private void Cancel()
    {
        cancel?.Cancel();
        status = "Cancelling…";
    }

    private CandidateVerdict? VerdictOf(IndexCandidate candidate) => report?.Verdicts.FirstOrDefault(v => v.Candidate == candidate);

    private string? NameOf(int queryNumber) => adviceDesign is { } d && queryNumber < d.Workload.Count ? d.Workload[queryNumber].Name : null;

    private bool HasIndex(IndexCandidate candidate) =>
        Design.FindTable(candidate.TableId) is not { } t || t.Indexes.Any(i => i.Id == candidate.ToIndex().Id || i.Name == candidate.Name);

    private async Task AddIndexAsync(IndexCandidate candidate)
    {
        if (OnOperation is not null && !HasIndex(candidate)) await OnOperation(new AddIndex(candidate.TableId, candidate.ToIndex()));
    }

    /// <inheritdoc />
    public void Dispose() => cancel?.Cancel();

    /// <summary>Shows the verifier's steps as they happen (called on the worker thread).</summary>
    private sealed class ProgressReporter(AdvisorPanel panel) : IProgress<string>
    {
        public void Report(string value)
        {
            if (value.StartsWith(VerificationSteps.CreatedPrefix, StringComparison.Ordinal)) panel.ScratchName = value[VerificationSteps.CreatedPrefix.Length..];
            panel.status = value + "…";
            _ = panel.InvokeAsync(panel.StateHasChanged);
            panel.StepObserved?.Invoke(value);
        }
    }
}
