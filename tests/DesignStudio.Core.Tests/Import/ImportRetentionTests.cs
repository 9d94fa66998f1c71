using System.Text;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Import;
using DesignStudio.Core.Model;
using DesignStudio.TestSupport;

namespace DesignStudio.Core.Tests.Import;

/// <summary>
/// Guards of what a large import keeps alive until it assembles the design (issue 3 "Speed"; the times are in
/// PostgreSqlImportScalingBenchmarks): whatever is held then survives the collections that run meanwhile and is copied
/// by each of them, so repeated names, kinds and types are held once, and allocation per input character does not grow
/// with the script. Counted, not timed: allocation is read from this thread's own counter, which parallel tests do not touch.
/// </summary>
public class ImportRetentionTests
{
    private static string Schema(int tables)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < tables; i++)
        {
            sb.Append($"CREATE TABLE public.t{i} (\n    id integer NOT NULL,\n    name character varying(40),\n    note character varying,\n    addr inet\n);\n");
            sb.Append($"ALTER TABLE ONLY public.t{i} ADD CONSTRAINT t{i}_pkey PRIMARY KEY (id);\n");
            sb.Append($"CREATE INDEX t{i}_name_idx ON public.t{i} USING btree (name);\n");
            sb.Append($"CREATE INDEX t{i}_note_idx ON public.t{i} USING btree (note);\n");
            sb.Append($"ALTER TABLE IF EXISTS ONLY public.gone{i} DROP CONSTRAINT gone{i}_pkey;\n");
            sb.Append($"DROP INDEX IF EXISTS public.gone{i}_idx;\n");
        }
        return sb.ToString();
    }

    private static void AssertOneInstance<T>(IEnumerable<T> items) where T : class =>
        Assert.Single(items.Distinct(ReferenceEqualityComparer.Instance));

    [Fact]
    public void Columns_of_one_written_type_share_one_logical_type_and_one_native_type()
    {
        var design = new PostgreSqlDdlParser().Parse(Schema(200)).Design;
        Column[] ColumnsNamed(string name) => design.Tables.Select(t => t.Columns.Single(c => c.Name == name)).ToArray();

        AssertOneInstance(ColumnsNamed("id").Select(c => c.Type));
        AssertOneInstance(ColumnsNamed("name").Select(c => c.Type));
        Assert.Equal(LogicalType.Varchar(40), ColumnsNamed("name")[0].Type);
        // Native types kept for approximated types: one override record for all columns of that type.
        AssertOneInstance(ColumnsNamed("note").Select(c => c.NativeTypes.Single()));
        AssertOneInstance(ColumnsNamed("addr").Select(c => c.NativeTypes.Single()));
        Assert.Equal("inet", ColumnsNamed("addr")[0].NativeTypeFor(DialectNames.PostgreSql));
        // Names repeated across tables are one string.
        AssertOneInstance(ColumnsNamed("name").Select(c => c.Name));
    }

    [Fact]
    public void Report_entries_share_their_statement_kinds_and_table_details()
    {
        var report = new PostgreSqlDdlParser().Parse(Schema(200)).Report;

        var alters = report.Skipped.Where(e => e.Kind == "ALTER TABLE").ToArray();
        var drops = report.Skipped.Where(e => e.Kind == "DROP INDEX").ToArray();
        Assert.Equal(200, alters.Length);
        Assert.Equal(200, drops.Length);
        AssertOneInstance(alters.Select(e => e.Kind));
        AssertOneInstance(drops.Select(e => e.Kind));
        // The two index entries of a table share the detail naming it.
        var indexes = report.Imported.Where(e => e.Kind == "index").ToArray();
        Assert.Equal(400, indexes.Length);
        foreach (var table in indexes.GroupBy(e => e.Detail))
        {
            Assert.Equal(2, table.Count());
            AssertOneInstance(table.Select(e => e.Detail));
        }
    }

    [Fact]
    public void Allocates_no_more_per_input_character_for_ten_copies_of_the_largest_corpus_file()
    {
        var lago = File.ReadAllText(TestEnvironment.CorpusFile("postgresql/lago.sql"));
        var copies = new StringBuilder();
        for (var i = 0; i < 10; i++) copies.Append(lago.Replace("public.", $"copy{i}.", StringComparison.Ordinal)).Append('\n');
        var tenTimes = copies.ToString();
        new PostgreSqlDdlParser().Parse(lago);

        var one = AllocatedPerCharacter(lago, out var oneResult);
        var ten = AllocatedPerCharacter(tenTimes, out var tenResult);

        // A few tables of lago.sql are not schema-qualified, so the copies share them.
        Assert.InRange(tenResult.Design.Tables.Count, 9 * oneResult.Design.Tables.Count, 10 * oneResult.Design.Tables.Count);
        // Measured 4.6 bytes per character at 1x and 3.9 at 10x; before names, kinds and types were shared it was 9.2
        // at both (twice the garbage, and every collection during the import copied the duplicates).
        Assert.InRange(one, 1, 6.5);
        Assert.InRange(ten, 1, one);
    }

    private static double AllocatedPerCharacter(string sql, out ImportResult result)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        result = new PostgreSqlDdlParser().Parse(sql);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)sql.Length;
    }
}
