using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>Deterministic ids for objects read from a catalog, derived from their qualified names.</summary>
public static class CatalogIds
{
    /// <summary>Table id from <c>schema.table</c>.</summary>
    public static string Table(string? schema, string table) => ObjectId.Derive("tbl", Path(schema, table));

    /// <summary>Column id from <c>schema.table.column</c>.</summary>
    public static string Column(string? schema, string table, string column) => ObjectId.Derive("col", Path(schema, table, column));

    /// <summary>Primary key id from <c>schema.table</c>.</summary>
    public static string PrimaryKey(string? schema, string table) => ObjectId.Derive("pk", Path(schema, table));

    /// <summary>Constraint or index id from its kind prefix (<c>uq</c>, <c>ck</c>, <c>fk</c>, <c>ix</c>) and <c>schema.table.name</c>.</summary>
    public static string Member(string prefix, string? schema, string table, string name) => ObjectId.Derive(prefix, Path(schema, table, name));

    /// <summary>Enum id from <c>schema.name</c>.</summary>
    public static string Enum(string? schema, string name) => ObjectId.Derive("enum", Path(schema, name));

    /// <summary>Verbatim object id from its kind and qualified name.</summary>
    public static string Verbatim(string kind, string? schema, string name) => ObjectId.Derive("vrb", kind + ":" + Path(schema, name));

    private static string Path(string? schema, params string[] names) =>
        schema is null ? string.Join('.', names) : schema + "." + string.Join('.', names);
}
