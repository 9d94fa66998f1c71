using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diff;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Migrations;

/// <summary>Turns the changes between two design versions into an ordered migration with up and down scripts.</summary>
public static class MigrationPlanner
{
    /// <summary>Plans the migration from <paramref name="from"/> to <paramref name="to"/> in <paramref name="dialect"/>.</summary>
    public static MigrationPlan Plan(Design from, Design to, string dialect, MigrationOptions? options = null)
    {
        if (MigrationGenerators.TryGet(dialect) is not { } generator)
        {
            var empty = new DdlScript(dialect, [], []);
            return new MigrationPlan(dialect, [], empty, empty,
                [new Diagnostic(MigrationCodes.UnknownDialect, Severity.Error, "dialect", $"Unknown dialect '{dialect}'. Known: {string.Join(", ", DialectNames.All)}.")], []);
        }
        return Plan(SchemaDiffer.Diff(from, to, generator.Dialect), from, to, generator, options ?? MigrationOptions.Default);
    }

    /// <summary>Plans an already computed <paramref name="diff"/> with <paramref name="generator"/>.</summary>
    public static MigrationPlan Plan(SchemaDiff diff, Design from, Design to, MigrationGenerator generator, MigrationOptions options)
    {
        var dialect = generator.Dialect.Name;
        var changes = MigrationPhases.Order(generator.Rewrite(diff.Changes, from, to));
        var diagnostics = new List<Diagnostic>(diff.Diagnostics);
        var lossy = changes.Where(c => c.IsLossy).ToList();
        if (lossy.Count > 0 && !options.AllowDataLoss)
        {
            foreach (var c in lossy)
            {
                diagnostics.Add(new Diagnostic(MigrationCodes.DataLossNeedsConfirmation, Severity.Error, PathOf(c),
                    $"'{c.Describe()}' can lose data; confirm it with AllowDataLoss (--allow-data-loss) to get a script."));
            }
            var empty = new DdlScript(dialect, [], []);
            return new MigrationPlan(dialect, changes.Select(c => new MigrationStep(c, [], [])).ToList(), empty, empty, diagnostics, []);
        }
        var up = new MigrationContext(from, to, options);
        var down = new MigrationContext(to, from, options);
        var steps = new List<MigrationStep>(changes.Count);
        foreach (var c in changes)
        {
            var undo = generator.Generate(c.Inverse(), down).ToList();
            if (c.IsLossy && undo.Count > 0)
            {
                undo[0] = undo[0] with { Comment = JoinComments($"The data removed by '{c.Describe()}' cannot be restored by this script.", undo[0].Comment) };
            }
            steps.Add(new MigrationStep(c, generator.Generate(c, up), undo));
        }
        // The down script runs the inverses in their own plan order (e.g. foreign keys dropped first again).
        var downOrder = steps.Select((s, i) => (Phase: MigrationPhases.Of(s.Change.Inverse()), Index: i))
            .OrderBy(x => x.Phase).ThenBy(x => x.Index).Select(x => steps[x.Index]);
        diagnostics.AddRange(up.Diagnostics.DistinctBy(d => (d.Code, d.Path, d.Message)));
        var upScript = new DdlScript(dialect, generator.Assemble(steps.SelectMany(s => s.Up).ToList(), up), []);
        var downScript = new DdlScript(dialect, generator.Assemble(downOrder.SelectMany(s => s.Down).ToList(), down), []);
        return new MigrationPlan(dialect, steps, upScript, downScript, diagnostics, generator.Header(changes));
    }

    private static string JoinComments(string a, string? b) => b is null ? a : a + " " + b;

    private static string PathOf(SchemaChange change) => change switch
    {
        TableChange t => $"tables/{t.To.Name}",
        AddTable a => $"tables/{a.Table.Name}",
        DropTable d => $"tables/{d.Table.Name}",
        ReplaceEnum e => $"enums/{e.To.Name}",
        _ => "design",
    };
}
