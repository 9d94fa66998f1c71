using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>A table that exists only in the new version (created with its columns, keys, checks and indexes; foreign keys come as <see cref="AddForeignKey"/>).</summary>
public sealed record AddTable(Table Table) : SchemaChange
{
    public override SchemaChange Inverse() => new DropTable(Table);

    public override string Describe() => $"create table {Table.QualifiedName}";
}
