using DesignStudio.Core.Analysis.MigrationSafety;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Migrations.Export;
using DesignStudio.Data;
using DesignStudio.Data.Versions;
using DesignStudio.Engines.Sandbox;

namespace DesignStudio.Web.Services.Versions;

/// <summary>
/// What the compare view and the download endpoint share: loading a version pair, planning its migration per
/// dialect (with the safety findings), the zip in a tool's convention, saving the scripts, and the sandbox try-run.
/// </summary>
public sealed class MigrationWorkbench(ProjectStore projects, VersionStore versions, SandboxSettings sandbox, ILogger<MigrationWorkbench> logger)
{
    /// <summary>How version 0, the empty design, is labelled.</summary>
    public const string EmptyDesignLabel = "empty design";

    private static readonly VersionSummary EmptySummary = new(0, EmptyDesignLabel, null, null, DateTime.MinValue, [], null);

    /// <summary>
    /// Loads version <paramref name="from"/> and version <paramref name="to"/> (null: the working design) for
    /// <paramref name="userId"/>; null when either is missing or the caller may not read the project (the working
    /// design's load is the store's viewer check, made before any version is read).
    /// </summary>
    public async Task<ComparedPair?> LoadAsync(string userId, Guid projectId, int from, int? to, CancellationToken cancellationToken = default)
    {
        var working = await projects.LoadDesignAsync(userId, projectId, cancellationToken);
        if (working.Value is not { } current) return null;
        // Version 0 is the empty design (what a review of the first version compares with).
        var old = from == 0 ? new StoredVersion(EmptySummary, new Core.Model.Design { Name = current.Design.Name })
            : (await versions.LoadVersionAsync(userId, projectId, from, cancellationToken)).Value;
        if (old is null) return null;
        var oldLabel = from == 0 ? EmptyDesignLabel : Label(old.Summary);
        if (to is { } n)
        {
            var newer = (await versions.LoadVersionAsync(userId, projectId, n, cancellationToken)).Value;
            return newer is null ? null : new ComparedPair(from, n, old.Design, newer.Design, oldLabel, Label(newer.Summary));
        }
        return new ComparedPair(from, null, old.Design, current.Design, oldLabel, "working design");
    }

    /// <summary>The migration of <paramref name="pair"/> in <paramref name="dialect"/>.</summary>
    public static MigrationPlan Plan(ComparedPair pair, string dialect, bool allowDataLoss, bool safe) =>
        MigrationPlanner.Plan(pair.From, pair.To, dialect, new MigrationOptions { AllowDataLoss = allowDataLoss, Safe = safe });

    /// <summary>The migration safety findings of <paramref name="plan"/>.</summary>
    public static IReadOnlyList<Diagnostic> Safety(ComparedPair pair, MigrationPlan plan, bool safe) =>
        plan.Refused ? [] : MigrationSafetyAnalyzer.Analyze(plan, pair.From, new MigrationOptions { AllowDataLoss = true, Safe = safe });

    /// <summary>The migration's name in file names, e.g. <c>v1_to_v2</c>.</summary>
    public static string MigrationName(ComparedPair pair) => pair.Name ?? $"v{pair.FromVersion}_to_{(pair.ToVersion is { } n ? "v" + n : "working")}";

    /// <summary>The zip of the migration files in <paramref name="format"/>.</summary>
    public static byte[] Zip(ComparedPair pair, MigrationPlan plan, MigrationExportFormat format) =>
        MigrationExporter.Zip([new NamedMigration(MigrationName(pair), plan)], format, firstVersion: pair.ToVersion ?? pair.FromVersion + 1);

    /// <summary>Stores the scripts of <paramref name="plan"/> with the version pair, if <paramref name="userId"/> may edit the project.</summary>
    public Task<StoreResult<SavedMigrationSummary>> SaveAsync(string userId, Guid projectId, ComparedPair pair, MigrationPlan plan, MigrationExportFormat format,
        CancellationToken cancellationToken = default) =>
        versions.SaveMigrationAsync(userId, projectId, new NewSavedMigration(pair.FromVersion, pair.ToVersion, plan.Dialect,
            format.ToString().ToLowerInvariant(), plan.UpText(), plan.DownText()), cancellationToken: cancellationToken);

    /// <summary>Whether the sandbox is configured for <paramref name="dialect"/>.</summary>
    public bool CanTry(string dialect) => sandbox.For(dialect) is not null;

    /// <summary>Runs the up and then the down script on the configured sandbox.</summary>
    public async Task<SandboxReport> TryAsync(ComparedPair pair, MigrationPlan plan, CancellationToken cancellationToken = default)
    {
        var connection = sandbox.For(plan.Dialect) ?? throw new InvalidOperationException($"No sandbox is configured for {plan.Dialect}.");
        var report = await MigrationSandbox.TryAsync(plan, pair.From, connection, cancellationToken: cancellationToken);
        logger.LogInformation("Sandbox try-run of {Dialect} migration {Name}: {Outcome} ({Mode})", plan.Dialect, MigrationName(pair),
            report.Succeeded ? "succeeded" : "failed", report.Mode);
        return report;
    }

    private static string Label(VersionSummary v) => $"v{v.Number} {v.Name}";
}
