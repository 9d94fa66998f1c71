using DesignStudio.Core.Diff;

namespace DesignStudio.Core.Migrations;

/// <summary>
/// The order changes run in: everything that blocks a change is removed before it (triggers, foreign keys, then
/// keys and indexes), renames come before the statements that use the new names, tables and columns exist before
/// the keys on them, and foreign keys come last, when every referenced key exists.
/// </summary>
public static class MigrationPhases
{
    /// <summary>The phase of a change; lower runs first, ties keep discovery order.</summary>
    public static int Of(SchemaChange change) => change switch
    {
        DropUpdatedAt => 0,
        DropForeignKey => 1,
        DropIndex or DropUnique or DropCheck or DropPrimaryKey => 2,
        RenameTable => 3,
        RenameColumn => 4,
        RenameConstraint => 5,
        DropColumn or DropTable => 6,
        CreateEnum or AddEnumValue or RenameEnumValue or ReplaceEnum => 7,
        AlterColumn or RebuildTable => 8,
        AddTable or AddColumn => 9,
        AddPrimaryKey or AddUnique or AddCheck or AddIndex => 10,
        AddForeignKey => 11,
        AddUpdatedAt or ChangeTableComment or ChangeEnumComment => 12,
        DropEnum => 13,
        _ => throw new ArgumentOutOfRangeException(nameof(change), change.GetType().Name, null),
    };

    /// <summary>The changes in plan order (stable).</summary>
    public static IReadOnlyList<SchemaChange> Order(IEnumerable<SchemaChange> changes) => changes.OrderBy(Of).ToList();
}
