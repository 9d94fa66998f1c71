using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.MigrationSafety;

/// <summary>What the safety checks see: the plan, the version the database has now, and the options.</summary>
public sealed record MigrationSafetyContext(MigrationPlan Plan, Design From, MigrationOptions Options)
{
    /// <summary>True when the table exists before the migration (a new table is empty and unused: nothing to lock).</summary>
    public bool Exists(Table table) => From.FindTable(table.Id) is not null;

    /// <summary>True when the table's row estimate reaches <see cref="MigrationOptions.BigTableRows"/>.</summary>
    public bool IsBig(Table table) => (From.FindTable(table.Id)?.RowEstimate ?? table.RowEstimate ?? 0) >= Options.BigTableRows;

    /// <summary>True when any statement of the step contains <paramref name="text"/>.</summary>
    public static bool Writes(MigrationStep step, string text) => step.Up.Any(s => s.Sql.Contains(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>Design path of a step's object.</summary>
    public static string PathOf(MigrationStep step) => step.Change switch
    {
        AlterColumn a => $"tables/{a.To.Name}/columns/{a.ToColumn.Name}",
        AddColumn a => $"tables/{a.To.Name}/columns/{a.Column.Name}",
        DropColumn d => $"tables/{d.From.Name}/columns/{d.Column.Name}",
        RenameColumn r => $"tables/{r.To.Name}/columns/{r.ToColumn.Name}",
        TableChange t => $"tables/{t.To.Name}",
        AddTable a => $"tables/{a.Table.Name}",
        DropTable d => $"tables/{d.Table.Name}",
        _ => "design",
    };
}
