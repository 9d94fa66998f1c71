namespace DesignStudio.Core.Diff;

/// <summary>The kinds of named table constraints and indexes.</summary>
public enum ConstraintKind
{
    PrimaryKey,
    Unique,
    Check,
    ForeignKey,
    Index,
}
