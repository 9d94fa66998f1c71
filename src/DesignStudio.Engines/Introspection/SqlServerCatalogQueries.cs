namespace DesignStudio.Engines.Introspection;

/// <summary>
/// The set-based sys.* catalog queries of <see cref="SqlServerCatalogReader"/>, sent as one batch of SELECTs.
/// <c>SCHEMA_FILTER</c> is replaced by the schema filter on <c>s.name</c>; every query joins the user tables as <c>t</c>.
/// </summary>
internal static class SqlServerCatalogQueries
{
    private const string UserTables = "sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id";

    public const string Tables = $"""
        SELECT t.object_id, s.name, t.name,
               (SELECT SUM(p.rows) FROM sys.partitions p WHERE p.object_id = t.object_id AND p.index_id IN (0, 1)),
               CAST(ep.value AS nvarchar(max))
        FROM {UserTables}
        LEFT JOIN sys.extended_properties ep ON ep.class = 1 AND ep.major_id = t.object_id AND ep.minor_id = 0 AND ep.name = 'MS_Description'
        WHERE t.is_ms_shipped = 0 AND SCHEMA_FILTER
        """;

    public const string Columns = $"""
        SELECT c.object_id, c.column_id, c.name, ty.name, TYPE_NAME(ty.system_type_id), ty.is_user_defined,
               c.max_length, c.precision, c.scale, c.is_nullable, c.is_identity, c.is_computed,
               dc.definition, cc.definition, CAST(ep.value AS nvarchar(max))
        FROM {UserTables}
        JOIN sys.columns c ON c.object_id = t.object_id
        JOIN sys.types ty ON ty.user_type_id = c.user_type_id
        LEFT JOIN sys.default_constraints dc ON dc.object_id = c.default_object_id
        LEFT JOIN sys.computed_columns cc ON cc.object_id = c.object_id AND cc.column_id = c.column_id
        LEFT JOIN sys.extended_properties ep ON ep.class = 1 AND ep.major_id = c.object_id AND ep.minor_id = c.column_id AND ep.name = 'MS_Description'
        WHERE t.is_ms_shipped = 0 AND SCHEMA_FILTER
        ORDER BY c.object_id, c.column_id
        """;

    public const string Keys = $"""
        SELECT kc.parent_object_id, kc.name, kc.type, c.column_id
        FROM {UserTables}
        JOIN sys.key_constraints kc ON kc.parent_object_id = t.object_id
        JOIN sys.index_columns ic ON ic.object_id = kc.parent_object_id AND ic.index_id = kc.unique_index_id
        JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
        WHERE ic.key_ordinal > 0 AND t.is_ms_shipped = 0 AND SCHEMA_FILTER
        ORDER BY kc.parent_object_id, kc.name, ic.key_ordinal
        """;

    public const string ForeignKeys = $"""
        SELECT fk.parent_object_id, fk.name, fk.referenced_object_id, fk.update_referential_action, fk.delete_referential_action,
               fkc.parent_column_id, fkc.referenced_column_id
        FROM {UserTables}
        JOIN sys.foreign_keys fk ON fk.parent_object_id = t.object_id
        JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id
        WHERE t.is_ms_shipped = 0 AND SCHEMA_FILTER
        ORDER BY fk.parent_object_id, fk.name, fkc.constraint_column_id
        """;

    public const string Checks = $"""
        SELECT ck.parent_object_id, ck.name, ck.definition
        FROM {UserTables}
        JOIN sys.check_constraints ck ON ck.parent_object_id = t.object_id
        WHERE t.is_ms_shipped = 0 AND SCHEMA_FILTER
        """;

    // Indexes that are primary keys or unique constraints are the constraints themselves.
    public const string Indexes = $"""
        SELECT i.object_id, i.name, i.is_unique, i.type_desc, i.filter_definition, ic.is_included_column, ic.is_descending_key, ic.column_id
        FROM {UserTables}
        JOIN sys.indexes i ON i.object_id = t.object_id
        JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
        WHERE i.type > 0 AND i.is_primary_key = 0 AND i.is_unique_constraint = 0 AND i.is_hypothetical = 0
          AND t.is_ms_shipped = 0 AND SCHEMA_FILTER
        ORDER BY i.object_id, i.name, ic.is_included_column, ic.key_ordinal, ic.index_column_id
        """;

    // Views, procedures, functions and triggers with their full CREATE text.
    public const string Verbatim = """
        SELECT o.type_desc, s.name, o.name, m.definition
        FROM sys.sql_modules m
        JOIN sys.objects o ON o.object_id = m.object_id
        JOIN sys.schemas s ON s.schema_id = o.schema_id
        WHERE o.is_ms_shipped = 0 AND SCHEMA_FILTER
        """;
}
