namespace DesignStudio.Core.Analysis.NormalForms.Apply;

/// <summary>Stable codes of the diagnostics <see cref="DecompositionApplier"/> reports.</summary>
public static class DecompositionApplyCodes
{
    /// <summary>The plan's source table is not in the design.</summary>
    public const string SourceTableMissing = "NF020";

    /// <summary>A foreign key of another table referenced columns that no new table holds as its key; it is dropped.</summary>
    public const string ReferenceNotRepointed = "NF021";

    /// <summary>A foreign key of the original table has columns split over several new tables; it is dropped.</summary>
    public const string ForeignKeySplit = "NF022";

    /// <summary>A constraint, index or dependency of the original table could not be carried to one new table.</summary>
    public const string PartNotCarried = "NF023";
}
