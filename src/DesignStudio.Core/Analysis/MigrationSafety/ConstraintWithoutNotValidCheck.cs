using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;

namespace DesignStudio.Core.Analysis.MigrationSafety;

/// <summary>MG004: a foreign key or check added to an existing PostgreSQL table is validated under a blocking lock.</summary>
public sealed class ConstraintWithoutNotValidCheck : MigrationSafetyCheck
{
    public override string Code => "MG004";

    public override string Title => "Constraint validated while blocking writes";

    public override string Explanation => "ADD CONSTRAINT checks every existing row while it blocks writes (a foreign key also locks the referenced table).";

    public override string Fix => "Add it NOT VALID, then VALIDATE CONSTRAINT separately, which allows writes (the --safe script does).";

    public override IReadOnlyList<string>? Dialects => [DialectNames.PostgreSql];

    public override IEnumerable<string> Inspect(MigrationStep step, MigrationSafetyContext context)
    {
        var table = step.Change switch { AddForeignKey f => f.To, AddCheck c => c.To, _ => null };
        if (table is not null && context.Exists(table) && !MigrationSafetyContext.Writes(step, "NOT VALID"))
        {
            yield return $"{step.Change.Describe()} scans {table.Name} under lock.";
        }
    }
}
