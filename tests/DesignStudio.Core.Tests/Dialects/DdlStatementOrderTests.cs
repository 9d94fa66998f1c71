using DesignStudio.Core.Dialects;
using DesignStudio.Core.Import;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Core.Tests.Dialects;

/// <summary>Statements come in an order the engine accepts: what a table or foreign key needs exists before it.</summary>
public class DdlStatementOrderTests
{
    private static IReadOnlyList<string> Generate(string sql, string dialect)
    {
        var import = SqlDdlImporter.Import(sql, dialect);
        Assert.Equal(0, import.Report.ErrorCount);
        return DialectRegistry.Get(dialect).GenerateDdl(import.Design).Statements.Select(s => s.Sql).ToList();
    }

    private static int IndexOf(IReadOnlyList<string> statements, string start)
    {
        var i = statements.ToList().FindIndex(s => s.StartsWith(start, StringComparison.Ordinal));
        Assert.True(i >= 0, $"No statement starts with {start}:\n{string.Join("\n", statements)}");
        return i;
    }

    [Fact]
    public void Creates_a_verbatim_sequence_before_the_table_whose_default_uses_it()
    {
        // pg_dump style without OWNED BY: the sequence stays a sequence, so the default keeps its nextval.
        var statements = Generate("""
            CREATE SEQUENCE public.actor_actor_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
            CREATE TABLE public.actor (
                actor_id integer DEFAULT nextval('public.actor_actor_id_seq'::regclass) NOT NULL,
                name text NOT NULL
            );
            CREATE VIEW public.actor_names AS SELECT name FROM public.actor;
            """, DialectNames.PostgreSql);

        var sequence = IndexOf(statements, "CREATE SEQUENCE public.actor_actor_id_seq");
        var table = IndexOf(statements, "CREATE TABLE \"public\".\"actor\"");
        var view = IndexOf(statements, "CREATE VIEW public.actor_names");
        Assert.Contains("nextval", statements[table]);
        Assert.True(sequence < table, string.Join("\n", statements));
        Assert.True(table < view, "Views still come after the tables they read.");
    }

    [Theory]
    [InlineData(DialectNames.PostgreSql)]
    [InlineData(DialectNames.MySql)]
    [InlineData(DialectNames.SqlServer)]
    public void Creates_the_unique_index_a_foreign_key_targets_before_that_foreign_key(string dialect)
    {
        var design = DesignWithForeignKeyToUniqueIndex(cycle: false);
        var statements = DialectRegistry.Get(dialect).GenerateDdl(design).Statements.Select(s => s.Sql).ToList();

        var index = statements.FindIndex(s => s.Contains("UNIQUE INDEX", StringComparison.Ordinal) && s.Contains("ux_sessions_login_id", StringComparison.Ordinal));
        var fk = statements.FindIndex(s => s.Contains("FOREIGN KEY", StringComparison.Ordinal) && s.Contains("fk_events_session", StringComparison.Ordinal));
        var plainIndex = statements.FindIndex(s => s.Contains("ix_sessions_status", StringComparison.Ordinal));
        Assert.True(index >= 0 && fk >= 0 && plainIndex >= 0, string.Join("\n", statements));
        Assert.True(index < fk, string.Join("\n", statements));
        Assert.True(plainIndex > fk, "Indexes no foreign key needs keep their place after the tables.");
    }

    [Fact]
    public void Creates_the_target_unique_index_before_a_deferred_foreign_key_of_a_cycle()
    {
        var design = DesignWithForeignKeyToUniqueIndex(cycle: true);
        var statements = DialectRegistry.Get(DialectNames.PostgreSql).GenerateDdl(design).Statements.Select(s => s.Sql).ToList();

        var index = statements.FindIndex(s => s.Contains("\"ux_sessions_login_id\"", StringComparison.Ordinal));
        var fk = statements.FindIndex(s => s.StartsWith("ALTER TABLE", StringComparison.Ordinal) && s.Contains("fk_events_session", StringComparison.Ordinal));
        Assert.True(index >= 0 && fk >= 0, string.Join("\n", statements));
        Assert.True(index < fk, string.Join("\n", statements));
    }

    [Fact]
    public void Leaves_a_unique_index_in_place_when_a_unique_constraint_already_backs_the_foreign_key()
    {
        var design = DesignWithForeignKeyToUniqueIndex(cycle: false);
        var sessions = design.Tables[0];
        design = design with
        {
            Tables = [sessions with { Uniques = [TestDesigns.Unique("sessions", "uq_sessions_login_id", "login_id")] }, design.Tables[1]],
        };
        var statements = DialectRegistry.Get(DialectNames.PostgreSql).GenerateDdl(design).Statements.Select(s => s.Sql).ToList();

        var index = statements.FindIndex(s => s.Contains("\"ux_sessions_login_id\"", StringComparison.Ordinal));
        var lastTable = statements.FindLastIndex(s => s.StartsWith("CREATE TABLE", StringComparison.Ordinal));
        Assert.True(index > lastTable, string.Join("\n", statements));
    }

    [Fact]
    public void Generated_postgres_script_of_a_dump_creates_sequences_first_and_target_indexes_before_foreign_keys()
    {
        // danbooru's shape: a foreign key whose target columns carry only a CREATE UNIQUE INDEX.
        var statements = Generate("""
            CREATE SEQUENCE public.counter_seq;
            CREATE TABLE public.login_sessions (id bigint NOT NULL, login_id uuid NOT NULL, n bigint DEFAULT nextval('public.counter_seq'::regclass));
            CREATE TABLE public.user_events (id bigint NOT NULL, login_session_id uuid);
            ALTER TABLE ONLY public.login_sessions ADD CONSTRAINT login_sessions_pkey PRIMARY KEY (id);
            CREATE UNIQUE INDEX index_login_sessions_on_login_id ON public.login_sessions USING btree (login_id);
            ALTER TABLE ONLY public.user_events
                ADD CONSTRAINT fk_rails_89475bdf6f FOREIGN KEY (login_session_id) REFERENCES public.login_sessions(login_id);
            """, DialectNames.PostgreSql);

        Assert.True(IndexOf(statements, "CREATE SEQUENCE") < IndexOf(statements, "CREATE TABLE \"public\".\"login_sessions\""));
        var index = IndexOf(statements, "CREATE UNIQUE INDEX \"index_login_sessions_on_login_id\"");
        var fk = statements.ToList().FindIndex(s => s.Contains("fk_rails_89475bdf6f", StringComparison.Ordinal));
        Assert.True(index < fk, string.Join("\n", statements));
    }

    [Fact]
    public void Places_extensions_before_tables_and_routines_after_tables_but_before_the_indexes_that_call_them()
    {
        var statements = Generate("""
            CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public;
            CREATE FUNCTION public.lower(text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $_$ SELECT array_agg(lower(value)) FROM unnest($1) value $_$;
            CREATE FUNCTION public.tag_count(t public.tags) RETURNS bigint LANGUAGE sql AS $_$ SELECT 1 $_$;
            CREATE TABLE public.tags (id bigint NOT NULL, name character varying NOT NULL, other_names text[]);
            CREATE INDEX index_tags_on_name ON public.tags USING gin (name);
            CREATE INDEX index_tags_on_lower_other_names ON public.tags USING gin (public.lower(other_names));
            CREATE VIEW public.tag_names AS SELECT name FROM public.tags;
            """, DialectNames.PostgreSql);

        var extension = IndexOf(statements, "CREATE EXTENSION");
        var table = IndexOf(statements, "CREATE TABLE");
        var bodies = IndexOf(statements, "SET check_function_bodies = false");
        var lower = IndexOf(statements, "CREATE FUNCTION public.lower");
        var rowTypeFunction = IndexOf(statements, "CREATE FUNCTION public.tag_count");
        var index = IndexOf(statements, "CREATE INDEX \"index_tags_on_lower_other_names\"");
        var view = IndexOf(statements, "CREATE VIEW");
        Assert.True(extension < table, "The extension's operator classes are needed by the indexes, its types by the tables.");
        Assert.True(table < bodies && bodies < lower, "Routines come after the tables: a signature may name a table's row type.");
        Assert.True(rowTypeFunction > table);
        Assert.True(lower < index, "An index expression may call a kept function.");
        Assert.True(index < view);
    }

    [Fact]
    public void Leaves_out_a_partition_attachment_with_a_warning_since_the_parent_is_a_plain_table()
    {
        var import = SqlDdlImporter.Import("""
            CREATE TABLE public.payment (id int, paid_at timestamptz NOT NULL) PARTITION BY RANGE (paid_at);
            CREATE TABLE public.payment_old (id int, paid_at timestamptz NOT NULL);
            ALTER TABLE ONLY public.payment ATTACH PARTITION public.payment_old DEFAULT;
            """, DialectNames.PostgreSql);
        var script = DialectRegistry.Get(DialectNames.PostgreSql).GenerateDdl(import.Design);

        Assert.Contains(import.Design.Verbatim, v => v.Kind == "partition attachment");
        Assert.DoesNotContain(script.Statements, s => s.Sql.Contains("ATTACH PARTITION", StringComparison.Ordinal));
        Assert.Contains(script.Diagnostics, d => d.Code == DdlCodes.VerbatimNotApplicable);
        Assert.Equal(2, script.Statements.Count(s => s.Sql.StartsWith("CREATE TABLE", StringComparison.Ordinal)));
    }

    // sessions(id pk, login_id unique index, status indexed); events(session_login_id -> sessions.login_id);
    // with cycle, sessions also references events so the foreign keys are added after the tables.
    private static Design DesignWithForeignKeyToUniqueIndex(bool cycle)
    {
        var sessions = TestDesigns.TableId("sessions");
        var loginId = TestDesigns.ColumnId("sessions", "login_id");
        var status = TestDesigns.ColumnId("sessions", "status");
        var sessionsTable = new Table
        {
            Id = sessions, Name = "sessions",
            Columns =
            [
                TestDesigns.Col("sessions", "id", LogicalType.Int64, false),
                TestDesigns.Col("sessions", "login_id", LogicalType.Int64, false),
                TestDesigns.Col("sessions", "status", LogicalType.Int32),
                TestDesigns.Col("sessions", "last_event_id", LogicalType.Int64),
            ],
            PrimaryKey = TestDesigns.Pk("sessions", "id"),
            Indexes =
            [
                new Core.Model.Index { Id = ObjectId.Derive("ix", "sessions.status"), Name = "ix_sessions_status", Parts = [IndexPart.OfColumn(status)] },
                new Core.Model.Index { Id = ObjectId.Derive("ix", "sessions.login_id"), Name = "ux_sessions_login_id", Unique = true, Parts = [IndexPart.OfColumn(loginId)] },
            ],
            ForeignKeys = cycle ? [TestDesigns.Fk("sessions", ["last_event_id"], "events", ["id"])] : [],
        };
        var events = new Table
        {
            Id = TestDesigns.TableId("events"), Name = "events",
            Columns =
            [
                TestDesigns.Col("events", "id", LogicalType.Int64, false),
                TestDesigns.Col("events", "session_login_id", LogicalType.Int64),
            ],
            PrimaryKey = TestDesigns.Pk("events", "id"),
            ForeignKeys = [TestDesigns.Fk("events", ["session_login_id"], "sessions", ["login_id"], name: "fk_events_session")],
        };
        return new Design { Name = "order", Tables = [sessionsTable, events] };
    }
}
