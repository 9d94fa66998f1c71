using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diff;

namespace DesignStudio.Core.Migrations;

/// <summary>One planned change with the statements that apply it and the statements that undo it.</summary>
public sealed record MigrationStep(SchemaChange Change, IReadOnlyList<SqlStatement> Up, IReadOnlyList<SqlStatement> Down)
{
    /// <summary>True when applying the step can lose data.</summary>
    public bool IsLossy => Change.IsLossy;

    /// <summary>Where the step runs in the plan (see <see cref="MigrationPhases"/>).</summary>
    public int Phase => MigrationPhases.Of(Change);
}
