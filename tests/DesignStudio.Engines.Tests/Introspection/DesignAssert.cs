using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>Lookups by name for asserting on designs read from catalogs.</summary>
internal static class DesignAssert
{
    public static Table Table(this Design design, string? schema, string name) =>
        design.Tables.SingleOrDefault(t => t.Schema == schema && t.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"No table {schema}.{name}; tables: {string.Join(", ", design.Tables.Select(t => t.QualifiedName))}");

    public static Column Column(this Table table, string name) =>
        table.Columns.SingleOrDefault(c => c.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"No column {name} in {table.QualifiedName}");

    public static string ColumnId(this Table table, string name) => table.Column(name).Id;

    public static IEnumerable<string> ColumnNames(this Table table, IEnumerable<string> ids) =>
        ids.Select(id => table.GetColumn(id).Name);

    public static Core.Model.Index Index(this Table table, string name) =>
        table.Indexes.SingleOrDefault(i => i.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"No index {name} in {table.QualifiedName}; indexes: {string.Join(", ", table.Indexes.Select(i => i.Name))}");

    public static ForeignKey ForeignKeyOn(this Table table, string column) =>
        table.ForeignKeys.Single(f => f.ColumnIds.Count == 1 && f.ColumnIds[0] == table.ColumnId(column));
}
