namespace DesignStudio.Core.Diff;

/// <summary>What a rename candidate renames.</summary>
public enum RenameKind
{
    Table,
    Column,
}
