namespace DesignStudio.Engines.Introspection;

/// <summary>
/// The set-based catalog queries of <see cref="PostgreSqlCatalogReader"/>: one query per kind of object, never one
/// per table. Every query filters the same way: no system schemas, no objects owned by extensions, optionally only
/// the schemas in the array parameter <c>@schemas</c>.
/// </summary>
internal static class PostgreSqlCatalogQueries
{
    private const string SchemaFilter = """
        n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
          AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
          AND (@schemas::text[] IS NULL OR n.nspname = ANY(@schemas::text[]))
        """;

    private const string NotFromExtension = """
        c.oid NOT IN (SELECT e.objid FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.deptype = 'e')
        """;

    private const string TableFilter = "c.relkind IN ('r', 'p') AND " + SchemaFilter + " AND " + NotFromExtension;

    public const string Tables = $"""
        SELECT c.oid::bigint, n.nspname::text, c.relname::text, c.reltuples::bigint, d.description, c.relkind::text, c.relispartition
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
        WHERE {TableFilter}
        """;

    // The element type of an array (typelem) decides enum/domain; owned sequences turn nextval() into identity.
    public const string Columns = $"""
        SELECT a.attrelid::bigint, a.attnum::int, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull,
               a.attidentity::text, a.attgenerated::text, pg_get_expr(ad.adbin, ad.adrelid), d.description,
               et.typtype::text, etn.nspname::text, et.typname::text,
               CASE WHEN et.typtype = 'd' THEN format_type(et.typbasetype, et.typtypmod) END,
               os.seq
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_type t ON t.oid = a.atttypid
        JOIN pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
        JOIN pg_namespace etn ON etn.oid = et.typnamespace
        LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
        LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
        LEFT JOIN (SELECT dep.refobjid, dep.refobjsubid, min(s.oid::regclass::text) AS seq
                   FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
                   WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass AND dep.deptype = 'a'
                   GROUP BY dep.refobjid, dep.refobjsubid) os ON os.refobjid = a.attrelid AND os.refobjsubid = a.attnum
        WHERE a.attnum > 0 AND NOT a.attisdropped AND {TableFilter}
        ORDER BY a.attrelid, a.attnum
        """;

    // Constraints cloned onto partitions (conparentid <> 0) belong to the parent's declaration.
    public const string Constraints = $"""
        SELECT con.conrelid::bigint, con.conname::text, con.contype::text, con.conkey::int[], con.confrelid::bigint,
               con.confkey::int[], con.confupdtype::text, con.confdeltype::text,
               CASE WHEN con.contype IN ('c', 'x') THEN pg_get_constraintdef(con.oid, true) END
        FROM pg_constraint con
        JOIN pg_class c ON c.oid = con.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND con.conparentid = 0 AND {TableFilter}
        """;

    // Indexes backing a primary key, unique or exclusion constraint are the constraint, not separate indexes;
    // only expression key parts are deparsed (pg_get_indexdef per part is the costly call);
    // NOT IN over small sets (a hashed subplan, computed once) instead of per-row NOT EXISTS keeps this set-based;
    // indexes attached to a partitioned parent's index belong to that declaration.
    public const string Indexes = $"""
        SELECT i.indrelid::bigint, ic.relname::text, i.indisunique, am.amname::text, i.indnkeyatts::int, i.indkey::int2[]::int[],
               i.indoption::int2[]::int[], pg_get_expr(i.indpred, i.indrelid, true),
               ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, true) ELSE '' END
                     FROM generate_series(1, i.indnatts::int) k ORDER BY k),
               i.indclass::oid[]::bigint[]
        FROM pg_index i
        JOIN pg_class ic ON ic.oid = i.indexrelid
        JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_am am ON am.oid = ic.relam
        WHERE {TableFilter} AND NOT ic.relispartition
          AND i.indexrelid NOT IN (SELECT k.conindid FROM pg_constraint k WHERE k.contype IN ('p', 'u', 'x'))
        """;

    // Operator classes that are not their type's default (gin_trgm_ops, text_pattern_ops ...), to name in diagnostics.
    public const string NonDefaultOperatorClasses = """
        SELECT oid::bigint, opcname::text FROM pg_opclass WHERE NOT opcdefault
        """;

    public const string Enums = """
        SELECT n.nspname::text, t.typname::text, array_agg(e.enumlabel::text ORDER BY e.enumsortorder), d.description
        FROM pg_type t
        JOIN pg_namespace n ON n.oid = t.typnamespace
        JOIN pg_enum e ON e.enumtypid = t.oid
        LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
          AND t.oid NOT IN (SELECT x.objid FROM pg_depend x WHERE x.classid = 'pg_type'::regclass AND x.deptype = 'e')
        GROUP BY n.nspname, t.typname, d.description
        """;

    // Views, materialized views (and their indexes), functions, procedures, triggers, domains and extensions, each as re-runnable SQL.
    public const string Verbatim = $"""
        SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END, n.nspname::text, c.relname::text, c.relname::text,
               format('CREATE %s %I.%I AS%s%s', CASE c.relkind WHEN 'v' THEN 'VIEW' ELSE 'MATERIALIZED VIEW' END,
                      n.nspname, c.relname, E'\n', pg_get_viewdef(c.oid, true))
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('v', 'm') AND {SchemaFilter} AND {NotFromExtension}
        UNION ALL
        SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END, n.nspname::text, p.proname::text,
               p.oid::regprocedure::text, pg_get_functiondef(p.oid)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE p.prokind IN ('f', 'p') AND {SchemaFilter}
          AND p.oid NOT IN (SELECT e.objid FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.deptype = 'e')
        UNION ALL
        SELECT 'trigger', n.nspname::text, c.relname::text || '.' || t.tgname::text, c.relname::text || '.' || t.tgname::text,
               pg_get_triggerdef(t.oid, true) || ';'
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND {TableFilter}
        UNION ALL
        SELECT 'index', n.nspname::text, ic.relname::text, ic.relname::text, pg_get_indexdef(ic.oid) || ';'
        FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'm' AND {SchemaFilter} AND {NotFromExtension}
        UNION ALL
        SELECT 'domain', n.nspname::text, t.typname::text, t.typname::text,
               format('CREATE DOMAIN %I.%I AS %s%s%s%s;', n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod),
                      CASE WHEN t.typdefault IS NOT NULL THEN ' DEFAULT ' || t.typdefault ELSE '' END,
                      CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END,
                      coalesce((SELECT string_agg(format(' CONSTRAINT %I %s', k.conname, pg_get_constraintdef(k.oid, true)), '' ORDER BY k.conname)
                                FROM pg_constraint k WHERE k.contypid = t.oid), ''))
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE t.typtype = 'd' AND {SchemaFilter}
          AND t.oid NOT IN (SELECT e.objid FROM pg_depend e WHERE e.classid = 'pg_type'::regclass AND e.deptype = 'e')
        UNION ALL
        SELECT 'extension', NULL, x.extname::text, x.extname::text,
               format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA %I;', x.extname, n.nspname)
        FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
        WHERE x.extname <> 'plpgsql'
        """;
}
