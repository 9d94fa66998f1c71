namespace DesignStudio.Engines.Introspection;

/// <summary>
/// The set-based information_schema queries of <see cref="MySqlCatalogReader"/>, sent as one multi-statement
/// command. <c>{0}</c> is replaced by the schema filter on the query's schema column.
/// </summary>
internal static class MySqlCatalogQueries
{
    public const string Tables = """
        SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS, TABLE_COMMENT FROM information_schema.TABLES
        WHERE TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED') AND {0:TABLE_SCHEMA}
        """;

    public const string Columns = """
        SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT,
               GENERATION_EXPRESSION
        FROM information_schema.COLUMNS WHERE {0:TABLE_SCHEMA}
        ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION
        """;

    public const string Keys = """
        SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,
               k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, rc.UPDATE_RULE, rc.DELETE_RULE
        FROM information_schema.TABLE_CONSTRAINTS tc
        JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
             AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
        LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
             AND rc.TABLE_NAME = tc.TABLE_NAME AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
        WHERE tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') AND {0:tc.TABLE_SCHEMA}
        ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION
        """;

    // MariaDB names the table in CHECK_CONSTRAINTS and says whether a check was written on a column (LEVEL).
    public const string MariaDbChecks = """
        SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL
        FROM information_schema.CHECK_CONSTRAINTS WHERE {0:CONSTRAINT_SCHEMA}
        """;

    public const string MySqlChecks = """
        SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, 'Table'
        FROM information_schema.TABLE_CONSTRAINTS tc
        JOIN information_schema.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
        WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND {0:tc.TABLE_SCHEMA}
        """;

    public const string MariaDbIndexes = """
        SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE, NULL
        FROM information_schema.STATISTICS WHERE {0:TABLE_SCHEMA}
        ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
        """;

    public const string MySqlIndexes = """
        SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE, EXPRESSION
        FROM information_schema.STATISTICS WHERE {0:TABLE_SCHEMA}
        ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
        """;

    // Views, routines (with their parameters) and triggers, rebuilt as CREATE statements.
    public const string Verbatim = """
        SELECT 'view', TABLE_SCHEMA, TABLE_NAME,
               CONCAT('CREATE VIEW `', REPLACE(TABLE_NAME, '`', '``'), '` AS ', VIEW_DEFINITION)
        FROM information_schema.VIEWS WHERE {0:TABLE_SCHEMA}
        UNION ALL
        SELECT LOWER(r.ROUTINE_TYPE), r.ROUTINE_SCHEMA, r.ROUTINE_NAME,
               CONCAT('CREATE ', r.ROUTINE_TYPE, ' `', REPLACE(r.ROUTINE_NAME, '`', '``'), '`(',
                      COALESCE((SELECT GROUP_CONCAT(CONCAT(IF(r.ROUTINE_TYPE = 'PROCEDURE', CONCAT(p.PARAMETER_MODE, ' '), ''),
                                                          '`', p.PARAMETER_NAME, '` ', p.DTD_IDENTIFIER) ORDER BY p.ORDINAL_POSITION SEPARATOR ', ')
                                FROM information_schema.PARAMETERS p
                                WHERE p.SPECIFIC_SCHEMA = r.ROUTINE_SCHEMA AND p.SPECIFIC_NAME = r.SPECIFIC_NAME AND p.ORDINAL_POSITION > 0), ''),
                      ')', IF(r.ROUTINE_TYPE = 'FUNCTION', CONCAT(' RETURNS ', r.DTD_IDENTIFIER), ''),
                      IF(r.IS_DETERMINISTIC = 'YES', ' DETERMINISTIC', ''), ' ', r.SQL_DATA_ACCESS,
                      ' SQL SECURITY ', r.SECURITY_TYPE, '\n', r.ROUTINE_DEFINITION)
        FROM information_schema.ROUTINES r WHERE {0:r.ROUTINE_SCHEMA}
        UNION ALL
        SELECT 'trigger', TRIGGER_SCHEMA, TRIGGER_NAME,
               CONCAT('CREATE TRIGGER `', REPLACE(TRIGGER_NAME, '`', '``'), '` ', ACTION_TIMING, ' ', EVENT_MANIPULATION,
                      ' ON `', REPLACE(EVENT_OBJECT_TABLE, '`', '``'), '` FOR EACH ', ACTION_ORIENTATION, '\n', ACTION_STATEMENT)
        FROM information_schema.TRIGGERS WHERE {0:TRIGGER_SCHEMA}
        """;
}
