using CsCheck;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Import;
using DesignStudio.TestSupport;

namespace DesignStudio.Core.Tests.Import;

/// <summary>Mutated corpus inputs never make an exception escape; every problem is a diagnostic.</summary>
public class ImportRobustnessTests
{
    private static readonly string[] Files =
    [
        "postgresql/pagila.sql", "postgresql/chinook.sql", "postgresql/northwind.sql", "postgresql/synapse.sql",
        "mysql/sakila.sql", "mysql/employees.sql", "mysql/chinook.sql", "sqlite/chinook.sql", "sqlite/sakila.sql",
        "sqlite/anki.sql", "sqlserver/chinook.sql", "sqlserver/northwind.sql", "sqlserver/sakila.sql",
    ];

    private static readonly char[] Nasty = ['\'', '"', '`', '[', ']', '(', ')', ';', '$', '/', '*', '-', '#', '\\', '!', '\n', '\0', '\uFFFF', 'ı'];

    private static string[] Texts()
    {
        return Files.Select(f => File.ReadAllText(TestEnvironment.CorpusFile(f))).ToArray();
    }

    private static void AssertImportsWithoutThrowing(string sql)
    {
        foreach (var dialect in SqlDdlImporter.Dialects)
        {
            var result = SqlDdlImporter.Import(sql, dialect);
            Assert.NotNull(result.Design);
            Assert.DoesNotContain(result.Report.Diagnostics, d => d.Code == ImportCodes.Internal);
        }
    }

    private static string Mutate(string[] texts, int file, int other, int kind, int a, int b, char c)
    {
        var s = texts[file % texts.Length];
        var t = texts[other % texts.Length];
        var p = s.Length == 0 ? 0 : a % s.Length;
        var q = s.Length == 0 ? 0 : b % s.Length;
        var (lo, hi) = p <= q ? (p, q) : (q, p);
        return (kind % 6) switch
        {
            0 => s[..p],
            1 => s[..p] + t[(b % Math.Max(1, t.Length))..],
            2 => s[..lo] + new string(c, 1 + (hi - lo) % 7) + s[hi..],
            3 => s.Remove(lo, Math.Min(hi - lo, 200)),
            4 => s[..p] + c + s[p..],
            _ => s[..lo] + s[hi..Math.Min(s.Length, hi + (hi - lo) % 500)] + s[lo..],
        };
    }

    [SkippableFact]
    public void Thousands_of_mutated_corpus_files_import_without_exceptions_in_every_dialect()
    {
        var texts = Texts();
        var gen = Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, Nasty.Length - 1]);

        gen.Sample((f, o, k, a, b, c) => AssertImportsWithoutThrowing(Mutate(texts, f, o, k, a, b, Nasty[c])), seed: "0N0XIPqOfNc1", iter: 1500, threads: 1);
    }

    [Fact]
    public void Random_bytes_import_without_exceptions()
    {
        Gen.Char.Array[0, 400].Sample(chars => AssertImportsWithoutThrowing(new string(chars)), seed: "0N0XIPqOfNc2", iter: 1000, threads: 1);
    }

    [Fact]
    public void Ten_thousand_deep_parentheses_and_unbalanced_quotes_become_diagnostics()
    {
        var deep = "CREATE TABLE t (a int DEFAULT " + new string('(', 10_000) + "1" + new string(')', 10_000) + ", b int CHECK (" + new string('(', 10_000) + ");\nCREATE TABLE u (x int);";

        foreach (var dialect in SqlDdlImporter.Dialects)
        {
            var result = SqlDdlImporter.Import(deep, dialect);
            Assert.Contains(result.Report.Diagnostics, d => d.Severity == Severity.Error && d.Position is { Line: 1 });
            Assert.DoesNotContain(result.Report.Diagnostics, d => d.Code == ImportCodes.Internal);
        }
        AssertImportsWithoutThrowing("CREATE TABLE 'x (a int);\nCREATE TABLE \"y (b int);\nCREATE TABLE `z (c int); /* open");
    }

    [Fact]
    public void A_ten_megabyte_line_imports_without_exceptions()
    {
        var columns = string.Join(", ", Enumerable.Range(0, 800_000).Select(i => "c" + i + " int"));
        var sql = "CREATE TABLE wide (" + columns + "); CREATE TABLE after_wide (x int);";
        Assert.True(sql.Length > 10_000_000);

        var result = SqlDdlImporter.Import(sql, "postgres");

        Assert.Equal(800_000, result.Design.Tables[0].Columns.Count);
        Assert.Equal("after_wide", result.Design.Tables[1].Name);
    }
}
