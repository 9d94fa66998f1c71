using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;

namespace DesignStudio.Core.Analysis.MigrationSafety;

/// <summary>MG007: ADD CONSTRAINT ... UNIQUE builds its index while blocking writes.</summary>
public sealed class UniqueWithoutConcurrentIndexCheck : MigrationSafetyCheck
{
    public override string Code => "MG007";

    public override string Title => "Unique constraint without a concurrently built index";

    public override string Explanation => "Adding a unique constraint builds its index under a lock that blocks writes for the whole build.";

    public override string Fix => "CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX (the --safe script does).";

    public override IReadOnlyList<string>? Dialects => [DialectNames.PostgreSql];

    public override IEnumerable<string> Inspect(MigrationStep step, MigrationSafetyContext context)
    {
        if (step.Change is AddUnique u && context.Exists(u.To) && !MigrationSafetyContext.Writes(step, "USING INDEX"))
        {
            yield return $"unique constraint {EffectiveNames.Of(null, u.To, u.Unique)} on {u.To.Name}.";
        }
    }
}
