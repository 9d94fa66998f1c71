using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;

namespace DesignStudio.Core.Analysis.MigrationSafety;

/// <summary>MG006: dropping or renaming a column (or table) in one step breaks the application version still running.</summary>
public sealed class DropOrRenameColumnCheck : MigrationSafetyCheck
{
    public override string Code => "MG006";

    public override string Title => "Column dropped or renamed in one step";

    public override string Explanation => "During a deployment the old application version still reads and writes the old name; its queries fail the moment the migration runs.";

    public override string Fix => "Expand and contract: add the new column (or stop using the old one), deploy, backfill, then drop in a later migration.";

    public override IEnumerable<string> Inspect(MigrationStep step, MigrationSafetyContext context)
    {
        switch (step.Change)
        {
            case DropColumn d:
                yield return $"{d.From.Name}.{d.Column.Name} is dropped.";
                break;
            case RenameColumn r:
                yield return $"{r.To.Name}.{r.FromColumn.Name} is renamed to {r.ToColumn.Name}.";
                break;
            case RenameTable t when t.From.Name != t.To.Name:
                yield return $"table {t.From.Name} is renamed to {t.To.Name}.";
                break;
        }
    }
}
