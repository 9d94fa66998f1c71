using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;

namespace DesignStudio.Core.Analysis.MigrationSafety;

/// <summary>MG002: a NOT NULL column without a default cannot be added to a table that has rows.</summary>
public sealed class NotNullColumnWithoutDefaultCheck : MigrationSafetyCheck
{
    public override string Code => "MG002";

    public override string Title => "NOT NULL column without default on an existing table";

    public override string Explanation => "Existing rows have no value for the column, so the statement fails as soon as the table has rows.";

    public override string Fix => "Add it nullable (or with a default), backfill, then set NOT NULL.";

    public override IEnumerable<string> Inspect(MigrationStep step, MigrationSafetyContext context)
    {
        if (step.Change is AddColumn { Column: { Nullable: false, Default: null, Identity: Model.IdentityKind.None } } a && context.Exists(a.To))
        {
            yield return $"{a.To.Name}.{a.Column.Name} is NOT NULL and has no default.";
        }
    }
}
