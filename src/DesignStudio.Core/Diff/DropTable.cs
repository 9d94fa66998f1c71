using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A table that exists only in the old version.</summary>
public sealed record DropTable(Table Table) : SchemaChange
{
    public override SchemaChange Inverse() => new AddTable(Table);

    public override bool IsLossy => true;

    public override string Describe() => $"drop table {Table.QualifiedName}";
}
