using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>The table comment changed (set, changed or removed).</summary>
public sealed record ChangeTableComment(Table From, Table To) : TableChange(From, To)
{
    public override SchemaChange Inverse() => new ChangeTableComment(To, From);

    public override string Describe() => $"change comment of table {To.QualifiedName}";
}
