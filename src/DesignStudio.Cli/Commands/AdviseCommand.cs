using System.CommandLine;
using System.Globalization;
using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.IndexAdvisor;

namespace DesignStudio.Cli.Commands;

/// <summary>
/// <c>designstudio advise DESIGN.json [--workload QUERIES.sql] [--verify "CONNECTION"] [--engine postgres|mysql|mariadb|sqlite] [--json]</c>:
/// proposes indexes for a workload (the file, or else the workload stored in the design) and, with --verify (a
/// PostgreSQL, MySQL or MariaDB server) or --engine sqlite, proves them with the planner.
/// </summary>
public static class AdviseCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("DESIGN.json") { Description = "The design file." };
        var workload = new Option<string?>("--workload")
        {
            Description = "Queries separated by ';', each optionally preceded by '-- frequency: N'; without it, the workload stored in the design.",
        };
        var verify = new Option<string?>("--verify") { Description = "A PostgreSQL, MySQL or MariaDB server connection string (see --engine): prove the candidates in a scratch database there." };
        var engine = new Option<string>("--engine")
        {
            Description = "Planner to prove with: postgres, mysql or mariadb (need --verify) or sqlite (in process).", DefaultValueFactory = _ => DialectNames.PostgreSql,
        };
        engine.AcceptOnlyFromAmong(DialectNames.PostgreSql, DialectNames.MySql, DialectNames.MariaDb, DialectNames.Sqlite);
        var dialect = new Option<string?>("--dialect") { Description = "Syntax of the workload queries (postgres, mysql, ...); defaults to the engine." };
        var json = new Option<bool>("--json") { Description = "Print the advice as JSON." };
        var command = new Command("advise", "Propose indexes for a query workload and prove them with the query planner.\n" + ExitCodes.Help)
        {
            file, workload, verify, engine, dialect, json,
        };
        command.SetAction((parse, token) => RunAsync(parse.GetValue(file)!, parse.GetValue(workload), parse.GetValue(verify), parse.GetValue(engine)!,
            parse.GetValue(dialect), parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, token));
        return command;
    }

    private static async Task<int> RunAsync(string path, string? workloadPath, string? connection, string engine, string? dialect, bool asJson,
        TextWriter output, TextWriter error, CancellationToken token)
    {
        var design = DesignFileInput.ReadOrReport(path, error);
        if (design is null) return ExitCodes.UsageOrUnreadableInput;
        IReadOnlyList<WorkloadQuery> queries;
        IReadOnlyList<Core.Diagnostics.Diagnostic> readDiagnostics = [];
        string syntax;
        if (workloadPath is null)
        {
            if (design.Workload.Count == 0)
            {
                error.WriteLine($"{path}: error: the design stores no workload; give one with --workload QUERIES.sql.");
                return ExitCodes.UsageOrUnreadableInput;
            }
            queries = DesignWorkload.Queries(design);
            syntax = dialect ?? DesignWorkload.Dialect(design, engine);
            workloadPath = path;
        }
        else
        {
            string text;
            try
            {
                text = await File.ReadAllTextAsync(workloadPath, token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{workloadPath}: error: cannot read the workload: {e.Message}");
                return ExitCodes.UsageOrUnreadableInput;
            }
            syntax = dialect ?? engine;
            (queries, readDiagnostics) = WorkloadFile.Parse(text, syntax);
        }
        var advice = WorkloadAdvisor.Advise(design, queries, engine == DialectNames.Sqlite ? DialectNames.Sqlite : syntax);
        VerificationReport? report = null;
        if (engine == DialectNames.Sqlite) report = await new SqliteIndexVerifier().VerifyAsync(design, advice, token).ConfigureAwait(false);
        else if (connection is not null && engine is DialectNames.MySql or DialectNames.MariaDb)
            report = await new MySqlIndexVerifier(connection, engine).VerifyAsync(design, advice, token).ConfigureAwait(false);
        else if (connection is not null) report = await new PostgreSqlIndexVerifier(connection).VerifyAsync(design, advice, token).ConfigureAwait(false);

        if (asJson) output.WriteLine(AdviseJsonWriter.Write(path, design, advice, report, readDiagnostics));
        else Print(output, path, workloadPath, design, advice, report, readDiagnostics, engine);
        return ExitCodes.Ok;
    }

    private static void Print(TextWriter o, string path, string workloadPath, Design design, IndexAdvice advice, VerificationReport? report,
        IReadOnlyList<Core.Diagnostics.Diagnostic> readDiagnostics, string engine)
    {
        foreach (var d in readDiagnostics.Concat(advice.Diagnostics)) o.WriteLine(DiagnosticText.Format(workloadPath, d));
        var sqlDialect = engine is DialectNames.Sqlite or DialectNames.MySql or DialectNames.MariaDb ? engine : DialectNames.PostgreSql;
        foreach (var c in advice.Candidates)
        {
            var verdict = report?.Verdicts.FirstOrDefault(v => v.Candidate == c);
            var status = verdict is null ? "candidate (not verified)" : verdict.Recommended ? "RECOMMENDED" : "not recommended";
            o.WriteLine($"{status}: {CandidateSql.CreateIndex(design, c, sqlDialect)};");
            o.WriteLine($"    for queries {string.Join(", ", c.QueryNumbers.Select(n => n + 1))} ({c.Shape})");
            if (verdict is not null) o.WriteLine("    " + verdict.Reason);
            o.WriteLine("    write cost: " + c.WriteCost);
        }
        foreach (var s in advice.Skipped) o.WriteLine($"skipped: {s.Candidate.Name}: {s.Reason}");
        if (report is null) return;
        foreach (var q in report.Queries)
        {
            var change = q.CostBefore is null && q.CostAfter is null
                ? "plan " + (q.PlanBefore == q.PlanAfter ? "unchanged" : "changed") + $" ({EngineLabel(report.Engine)} reports no costs)"
                : "cost " + Cost(q.CostBefore) + " → " + Cost(q.CostAfter);
            o.WriteLine($"query {q.QueryNumber + 1}: {q.Error ?? change}");
            if (q.Error is not null) continue;
            o.WriteLine("    before: " + q.PlanBefore);
            o.WriteLine("    after:  " + q.PlanAfter);
        }
        foreach (var d in report.Diagnostics) o.WriteLine(DiagnosticText.Format(path, d));
        o.WriteLine($"{path}: {report.Verdicts.Count(v => v.Recommended)} of {advice.Candidates.Count} candidate(s) recommended by the {report.Engine} planner" +
                    $"{(report.Hypothetical ? " (HypoPG)" : "")} in {report.Elapsed.TotalSeconds:F1} s.");
    }

    private static string EngineLabel(string engine) => engine switch
    {
        DialectNames.Sqlite => "SQLite",
        DialectNames.MariaDb => "MariaDB",
        DialectNames.MySql => "MySQL",
        _ => "PostgreSQL",
    };

    private static string Cost(double? cost) => cost?.ToString("0.##", CultureInfo.InvariantCulture) ?? "n/a";
}
