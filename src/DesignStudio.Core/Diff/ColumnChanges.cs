namespace DesignStudio.Core.Diff;

/// <summary>What changed in an <see cref="AlterColumn"/>.</summary>
[Flags]
public enum ColumnChanges
{
    None = 0,
    Type = 1,
    Nullability = 2,
    Default = 4,
    Identity = 8,
    Comment = 16,
}
