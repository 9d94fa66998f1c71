using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>The same table (same id) under a new name or schema.</summary>
public sealed record RenameTable(Table From, Table To) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new RenameTable(To, From);

    public override string Describe() => $"rename table {From.QualifiedName} to {To.QualifiedName}";
}
