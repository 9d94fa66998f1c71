using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Core.Tests.Migrations;

public class ScriptLinesTests
{
    [Theory]
    [InlineData(DialectNames.PostgreSql)]
    [InlineData(DialectNames.Sqlite)]
    [InlineData(DialectNames.MariaDb)]
    [InlineData(DialectNames.SqlServer)]
    public void Every_statement_starts_on_the_line_it_is_located_at_in_the_up_and_down_text(string dialect)
    {
        foreach (var pair in TestDesigns.MigrationPairs)
        {
            var (v1, v2) = TestDesigns.MigrationPair(pair, dialect);
            var plan = MigrationPlanner.Plan(v1, v2, dialect, new MigrationOptions { AllowDataLoss = true });
            foreach (var down in new[] { false, true })
            {
                var script = down ? plan.Down : plan.Up;
                var lines = (down ? plan.DownText() : plan.UpText()).Split('\n');
                for (var i = 0; i < script.Statements.Count; i++)
                {
                    var line = ScriptLines.LineOf(plan, down, i);
                    Assert.StartsWith(script.Statements[i].Sql.Split('\n')[0], lines[line - 1]);
                    if (script.Statements[i].Comment is not null) Assert.StartsWith("-- ", lines[line - 2]);
                }
            }
        }
    }

    [Fact]
    public void An_index_outside_the_script_is_a_bug()
    {
        var (v1, v2) = TestDesigns.MigrationPair("keys", DialectNames.PostgreSql);
        var plan = MigrationPlanner.Plan(v1, v2, DialectNames.PostgreSql);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScriptLines.LineOf(plan.Up, plan.Up.Statements.Count));
    }
}
