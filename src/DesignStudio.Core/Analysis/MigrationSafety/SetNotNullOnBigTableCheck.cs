using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;

namespace DesignStudio.Core.Analysis.MigrationSafety;

/// <summary>MG005: SET NOT NULL on a big table scans it under an ACCESS EXCLUSIVE lock.</summary>
public sealed class SetNotNullOnBigTableCheck : MigrationSafetyCheck
{
    public override string Code => "MG005";

    public override string Title => "SET NOT NULL on a big table";

    public override string Explanation => "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock unless a validated CHECK (col IS NOT NULL) proves it.";

    public override string Fix => "Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL and drop the check (the --safe script does).";

    public override IReadOnlyList<string>? Dialects => [DialectNames.PostgreSql];

    public override IEnumerable<string> Inspect(MigrationStep step, MigrationSafetyContext context)
    {
        if (step.Change is AlterColumn { FromColumn.Nullable: true, ToColumn.Nullable: false } a && context.IsBig(a.To)
            && !MigrationSafetyContext.Writes(step, "IS NOT NULL) NOT VALID"))
        {
            yield return $"{a.To.Name} has about {a.From.RowEstimate ?? a.To.RowEstimate} rows.";
        }
    }
}
