namespace DesignStudio.Core.Dialects;

/// <summary>
/// Reserved words per dialect (words that cannot be used as unquoted names) and of the SQL:2016 standard. Lists follow
/// each engine's documentation: PostgreSQL's reserved key words (Appendix C), MySQL 8's reserved words (also used for
/// MariaDB), SQLite's keyword list, SQL Server's reserved keywords, and the SQL:2016 reserved words.
/// </summary>
public static class ReservedWords
{
    /// <summary>The pseudo-dialect name of the SQL:2016 standard's reserved words.</summary>
    public const string SqlStandard = "sql2016";

    private static readonly HashSet<string> PostgreSql = Words("""
        all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation
        column concurrently constraint create cross current_catalog current_date current_role current_schema current_time
        current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze
        from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit
        localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references
        returning right select session_user similar some symmetric system_user table tablesample then to trailing true union
        unique user using variadic verbose when where window with
        """);

    private static readonly HashSet<string> MySql = Words("""
        accessible add all alter analyze and as asc asensitive before between bigint binary blob both by call cascade case
        change char character check collate column condition constraint continue convert create cross cube cume_dist
        current_date current_time current_timestamp current_user cursor database databases day_hour day_microsecond
        day_minute day_second dec decimal declare default delayed delete dense_rank desc describe deterministic distinct
        distinctrow div double drop dual each else elseif empty enclosed escaped except exists exit explain false fetch
        first_value float float4 float8 for force foreign from fulltext function generated get grant group grouping groups
        having high_priority hour_microsecond hour_minute hour_second if ignore in index infile inner inout insensitive
        insert int int1 int2 int3 int4 int8 integer intersect interval into io_after_gtids io_before_gtids is iterate join
        json_table key keys kill lag last_value lateral lead leading leave left like limit linear lines load localtime
        localtimestamp lock long longblob longtext loop low_priority master_bind master_ssl_verify_server_cert match
        maxvalue mediumblob mediumint mediumtext middleint minute_microsecond minute_second mod modifies natural not
        no_write_to_binlog nth_value ntile null numeric of on optimize optimizer_costs option optionally or order out outer
        outfile over partition percent_rank precision primary procedure purge range rank read reads read_write real
        recursive references regexp release rename repeat replace require resignal restrict return revoke right rlike row
        row_number rows schema schemas second_microsecond select sensitive separator set show signal smallint spatial
        specific sql sqlexception sqlstate sqlwarning sql_big_result sql_calc_found_rows sql_small_result ssl starting
        stored straight_join system table terminated then tinyblob tinyint tinytext to trailing trigger true undo union
        unique unlock unsigned update usage use using utc_date utc_time utc_timestamp values varbinary varchar
        varcharacter varying virtual when where while window with write xor year_month zerofill
        """);

    private static readonly HashSet<string> Sqlite = Words("""
        abort action add after all alter always analyze and as asc attach autoincrement before begin between by cascade
        case cast check collate column commit conflict constraint create cross current current_date current_time
        current_timestamp database default deferrable deferred delete desc detach distinct do drop each else end escape
        except exclude exclusive exists explain fail filter first following for foreign from full generated glob group
        groups having if ignore immediate in index indexed initially inner insert instead intersect into is isnull join key
        last left like limit match materialized natural no not nothing notnull null nulls of offset on or order others
        outer over partition plan pragma preceding primary query raise range recursive references regexp reindex release
        rename replace restrict returning right rollback row rows savepoint select set table temp temporary then ties to
        transaction trigger unbounded union unique update using vacuum values view virtual when where window with without
        """);

    private static readonly HashSet<string> SqlServer = Words("""
        add all alter and any as asc authorization backup begin between break browse bulk by cascade case check checkpoint
        close clustered coalesce collate column commit compute constraint contains containstable continue convert create
        cross current current_date current_time current_timestamp current_user cursor database dbcc deallocate declare
        default delete deny desc disk distinct distributed double drop dump else end errlvl escape except exec execute
        exists exit external fetch file fillfactor for foreign freetext freetexttable from full function goto grant group
        having holdlock identity identity_insert identitycol if in index inner insert intersect into is join key kill left
        like lineno load merge national nocheck nonclustered not null nullif of off offsets on open opendatasource
        openquery openrowset openxml option or order outer over percent pivot plan precision primary print proc procedure
        public raiserror read readtext reconfigure references replication restore restrict return revert revoke right
        rollback rowcount rowguidcol rule save schema securityaudit select semantickeyphrasetable
        semanticsimilaritydetailstable semanticsimilaritytable session_user set setuser shutdown some statistics
        system_user table tablesample textsize then to top tran transaction trigger truncate try_convert tsequal union
        unique unpivot update updatetext use user values varying view waitfor when where while with within writetext
        """);

    private static readonly HashSet<string> Standard = Words("""
        abs acos all allocate alter and any are array array_agg array_max_cardinality as asensitive asin asymmetric at atan
        atomic authorization avg begin begin_frame begin_partition between bigint binary blob boolean both by call called
        cardinality cascaded case cast ceil ceiling char char_length character character_length check classifier clob
        close coalesce collate collect column commit condition connect constraint contains convert copy corr
        corresponding cos cosh count covar_pop covar_samp create cross cube cume_dist current current_catalog current_date
        current_default_transform_group current_path current_role current_row current_schema current_time
        current_timestamp current_transform_group_for_type current_user cursor cycle date day deallocate dec decimal
        decfloat declare default define delete dense_rank deref describe deterministic disconnect distinct double drop
        dynamic each element else empty end end_frame end_partition end-exec equals escape every except exec execute
        exists exp external extract false fetch filter first_value float floor for foreign frame_row free from full
        function fusion get global grant group grouping groups having hold hour identity in indicator initial inner inout
        insensitive insert int integer intersect intersection interval into is join json_array json_arrayagg json_exists
        json_object json_objectagg json_query json_table json_table_primitive json_value lag language large last_value
        lateral lead leading left like like_regex listagg ln local localtime localtimestamp log log10 lower match
        match_number match_recognize matches max measures member merge method min minute mod modifies module month
        multiset national natural nchar nclob new no none normalize not nth_value ntile null nullif numeric
        occurrences_regex octet_length of offset old omit on one only open or order out outer over overlaps overlay
        parameter partition pattern per percent percent_rank percentile_cont percentile_disc period portion position
        position_regex power precedes precision prepare primary procedure ptf range rank reads real recursive ref
        references referencing regr_avgx regr_avgy regr_count regr_intercept regr_r2 regr_slope regr_sxx regr_sxy
        regr_syy release result return returns revoke right rollback rollup row row_number rows running savepoint scope
        scroll search second seek select sensitive session_user set show similar sin sinh skip smallint some specific
        specifictype sql sqlexception sqlstate sqlwarning sqrt start static stddev_pop stddev_samp submultiset subset
        substring substring_regex succeeds sum symmetric system system_time system_user table tablesample tan tanh then
        time timestamp timezone_hour timezone_minute to trailing translate translate_regex translation treat trigger trim
        trim_array true truncate uescape union unique unknown unnest update upper user using value value_of values
        var_pop var_samp varbinary varchar varying versioning when whenever where width_bucket window with within without
        year
        """);

    /// <summary>The reserved words of a dialect (<see cref="DialectNames"/> or <see cref="SqlStandard"/>), lower case; empty for unknown names.</summary>
    public static IReadOnlySet<string> For(string dialect) => dialect switch
    {
        DialectNames.PostgreSql => PostgreSql,
        DialectNames.MySql or DialectNames.MariaDb => MySql,
        DialectNames.Sqlite => Sqlite,
        DialectNames.SqlServer => SqlServer,
        SqlStandard => Standard,
        _ => new HashSet<string>(),
    };

    /// <summary>Whether <paramref name="name"/> is reserved in <paramref name="dialect"/> (case-insensitive).</summary>
    public static bool IsReserved(string dialect, string name) => For(dialect).Contains(name);

    /// <summary>The dialects of <see cref="DialectNames.All"/> that reserve <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> DialectsReserving(string name)
    {
        List<string>? found = null;
        foreach (var d in DialectNames.All)
        {
            if (IsReserved(d, name)) (found ??= []).Add(d);
        }
        return found ?? (IReadOnlyList<string>)[];
    }

    private static HashSet<string> Words(string text) =>
        new(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
