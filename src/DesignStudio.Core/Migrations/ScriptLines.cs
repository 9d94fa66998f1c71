using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Migrations;

/// <summary>Where statements start in the text of a migration script, so an engine error can name its line.</summary>
public static class ScriptLines
{
    /// <summary>
    /// The 1-based line of <see cref="MigrationPlan.UpText"/> (or <see cref="MigrationPlan.DownText"/> when
    /// <paramref name="down"/>) on which statement <paramref name="index"/> of the script begins (after its comment).
    /// </summary>
    public static int LineOf(MigrationPlan plan, bool down, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var line = 1 + plan.Header.Count + (plan.Header.Count > 0 ? 1 : 0);
        return line + LineOf(down ? plan.Down : plan.Up, index) - 1;
    }

    /// <summary>The 1-based line of <see cref="DdlScript.ToText"/> on which statement <paramref name="index"/> begins.</summary>
    public static int LineOf(DdlScript script, int index)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, script.Statements.Count);
        var terminatorLines = script.Dialect == DialectNames.SqlServer ? 2 : 1; // ";\n\n" or ";\nGO\n\n"
        var line = 1;
        for (var i = 0; i <= index; i++)
        {
            var s = script.Statements[i];
            if (s.Comment is not null) line++;
            if (i == index) break;
            line += s.Sql.Count(c => c == '\n') + 1 + terminatorLines;
        }
        return line;
    }
}
