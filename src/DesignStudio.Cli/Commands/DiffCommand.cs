using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using DesignStudio.Core.Analysis.MigrationSafety;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Migrations.Export;

namespace DesignStudio.Cli.Commands;

/// <summary>
/// <c>designstudio diff OLD.json NEW.json --dialect D [--down] [--allow-data-loss] [--safe]
/// [--format plain|flyway|liquibase -o DIR] [--json]</c>: the migration script from one design version to the next.
/// </summary>
public static class DiffCommand
{
    private static readonly string[] Formats = ["plain", "flyway", "liquibase"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var oldFile = new Argument<string>("OLD.json") { Description = "The design version the database has now." };
        var newFile = new Argument<string>("NEW.json") { Description = "The design version to migrate to." };
        var dialect = new Option<string>("--dialect", "-d") { Description = "Target engine: " + string.Join(", ", DialectNames.All) + ".", Required = true };
        var down = new Option<bool>("--down") { Description = "Print the down (rollback) script instead of the up script." };
        var allowLoss = new Option<bool>("--allow-data-loss") { Description = "Emit steps that can lose data (drops, narrowing, NOT NULL)." };
        var safe = new Option<bool>("--safe") { Description = "Write the safer online script (PostgreSQL: CONCURRENTLY, NOT VALID then VALIDATE)." };
        var format = new Option<string?>("--format", "-f") { Description = "Write migration files (plain, flyway, liquibase) into the -o folder." };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Folder for --format files (a path ending in .zip writes a zip)." };
        var json = new Option<bool>("--json") { Description = "Print the plan (steps, statements, diagnostics) as JSON." };
        var command = new Command("diff", "Plan the migration between two design versions.\n" + ExitCodes.Help)
        {
            oldFile, newFile, dialect, down, allowLoss, safe, format, output, json,
        };
        command.SetAction(parse => Run(new DiffRequest(parse.GetValue(oldFile)!, parse.GetValue(newFile)!, parse.GetValue(dialect)!,
            parse.GetValue(down), parse.GetValue(allowLoss), parse.GetValue(safe), parse.GetValue(format), parse.GetValue(output), parse.GetValue(json)),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private sealed record DiffRequest(string Old, string New, string Dialect, bool Down, bool AllowDataLoss, bool Safe, string? Format, string? Output, bool Json);

    private static int Run(DiffRequest r, TextWriter output, TextWriter error)
    {
        var from = DesignFileInput.ReadOrReport(r.Old, error);
        var to = DesignFileInput.ReadOrReport(r.New, error);
        if (from is null || to is null) return ExitCodes.UsageOrUnreadableInput;
        if (MigrationGenerators.TryGet(r.Dialect) is null)
        {
            error.WriteLine($"error: unknown dialect '{r.Dialect}'. Known: {string.Join(", ", DialectNames.All)}.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        if (r.Format is not null && r.Output is null)
        {
            error.WriteLine("error: --format needs -o DIR.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        var options = new MigrationOptions { AllowDataLoss = r.AllowDataLoss, Safe = r.Safe };
        var plan = MigrationPlanner.Plan(from, to, r.Dialect, options);
        var diagnostics = plan.Diagnostics.Concat(plan.Refused ? [] : MigrationSafetyAnalyzer.Analyze(plan, from, options)).ToList();
        if (r.Json)
        {
            output.Write(ToJson(plan, diagnostics));
            return plan.Refused ? ExitCodes.ProblemsFound : ExitCodes.Ok;
        }
        foreach (var d in diagnostics) error.WriteLine(DiagnosticText.Format(r.New, d));
        if (plan.Refused) return ExitCodes.ProblemsFound;
        if (r.Format is null)
        {
            output.Write(r.Down ? plan.DownText() : plan.UpText());
            return ExitCodes.Ok;
        }
        return WriteFiles(plan, r, error);
    }

    private static int WriteFiles(MigrationPlan plan, DiffRequest r, TextWriter error)
    {
        var format = Enum.Parse<MigrationExportFormat>(r.Format!, ignoreCase: true);
        IReadOnlyList<NamedMigration> migrations = [new NamedMigration(Path.GetFileNameWithoutExtension(r.New), plan)];
        try
        {
            if (r.Output!.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                File.WriteAllBytes(r.Output, MigrationExporter.Zip(migrations, format));
                return ExitCodes.Ok;
            }
            Directory.CreateDirectory(r.Output);
            foreach (var f in MigrationExporter.Files(migrations, format)) File.WriteAllText(Path.Combine(r.Output, f.Path), f.Content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: cannot write {r.Output}: {e.Message}");
            return ExitCodes.UsageOrUnreadableInput;
        }
        return ExitCodes.Ok;
    }

    private static string ToJson(MigrationPlan plan, IEnumerable<Core.Diagnostics.Diagnostic> diagnostics)
    {
        var doc = new
        {
            dialect = plan.Dialect,
            refused = plan.Refused,
            steps = plan.Steps.Select(s => new
            {
                kind = s.Change.GetType().Name,
                description = s.Change.Describe(),
                lossy = s.IsLossy,
                up = s.Up.Select(x => x.Sql),
                down = s.Down.Select(x => x.Sql),
            }),
            up = plan.Up.Statements.Select(x => x.Sql),
            down = plan.Down.Statements.Select(x => x.Sql),
            diagnostics = diagnostics.Select(d => new { code = d.Code, severity = d.Severity.ToString().ToLowerInvariant(), path = d.Path, message = d.Message }),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
