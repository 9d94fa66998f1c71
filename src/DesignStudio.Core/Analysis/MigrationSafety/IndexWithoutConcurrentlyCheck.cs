using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;

namespace DesignStudio.Core.Analysis.MigrationSafety;

/// <summary>MG001: CREATE INDEX on an existing PostgreSQL table without CONCURRENTLY blocks writes while it builds.</summary>
public sealed class IndexWithoutConcurrentlyCheck : MigrationSafetyCheck
{
    public override string Code => "MG001";

    public override string Title => "Index built without CONCURRENTLY";

    public override string Explanation => "CREATE INDEX holds a SHARE lock: inserts, updates and deletes wait until the whole index is built.";

    public override string Fix => "Build it with CREATE INDEX CONCURRENTLY outside the transaction (the --safe script does).";

    public override IReadOnlyList<string>? Dialects => [DialectNames.PostgreSql];

    public override IEnumerable<string> Inspect(MigrationStep step, MigrationSafetyContext context)
    {
        if (step.Change is AddIndex a && context.Exists(a.To) && !MigrationSafetyContext.Writes(step, "CONCURRENTLY"))
        {
            yield return $"index {EffectiveNames.Of(null, a.To, a.Index)} on {a.To.Name} locks the table against writes while it builds.";
        }
    }
}
