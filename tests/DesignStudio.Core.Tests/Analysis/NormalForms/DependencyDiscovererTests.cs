using CsCheck;
using DesignStudio.Core.Analysis.NormalForms.Discovery;
using DesignStudio.Core.Text;

namespace DesignStudio.Core.Tests.Analysis.NormalForms;

public class DependencyDiscovererTests
{
    [Fact]
    public void Finds_zip_determines_city_in_a_csv_sample()
    {
        var csv = CsvReader.Parse("id,zip,city\n1,10115,Berlin\n2,10115,Berlin\n3,80331,München\n4,20095,Hamburg\n5,80331,München\n");
        var result = DependencyDiscoverer.Discover(csv);
        var fds = result.Dependencies.Select(d => Format(result, d)).ToList();
        Assert.Contains("zip->city", fds);
        Assert.Contains("id->zip", fds);
        Assert.Contains("city->zip", fds);
        Assert.DoesNotContain("id,zip->city", fds);
        Assert.All(result.Dependencies, d => Assert.Equal(0, d.Error));
    }

    [Fact]
    public void Discovered_dependencies_become_table_dependencies_except_those_the_key_implies()
    {
        var table = TableBuilder.Table("people", ["id"], TableBuilder.Int("id"), TableBuilder.Str("zip"), TableBuilder.Str("city"));
        var csv = CsvReader.Parse("ID,Zip,City\n1,10115,Berlin\n2,10115,Berlin\n3,80331,München\n");
        var fds = DiscoveredDependencyMapper.ToTableDependencies(DependencyDiscoverer.Discover(csv), table);
        Assert.Equal(2, fds.Count);
        Assert.Contains(fds, f => f.DeterminantIds.SequenceEqual(["people.zip"]) && f.DependentIds.SequenceEqual(["people.city"]));
        Assert.Contains(fds, f => f.DeterminantIds.SequenceEqual(["people.city"]) && f.DependentIds.SequenceEqual(["people.zip"]));
        Assert.All(fds, f => Assert.Equal(Core.Model.DependencySource.Discovered, f.Source));
    }

    [Fact]
    public void Approximate_dependency_is_reported_with_its_g3_error()
    {
        // zip → city holds except for one typo in 10 rows: g3 = 0.1.
        var rows = new List<string[]>();
        for (var i = 0; i < 10; i++) rows.Add([$"{i}", i < 5 ? "10115" : "80331", i < 5 ? "Berlin" : "München"]);
        rows[9][2] = "Muenchen";
        var exact = DependencyDiscoverer.Discover(["id", "zip", "city"], rows);
        Assert.DoesNotContain(exact.Dependencies, d => Format(exact, d) == "zip->city");
        var approx = DependencyDiscoverer.Discover(["id", "zip", "city"], rows, new DiscoveryOptions(MaxError: 0.1));
        var fd = Assert.Single(approx.Dependencies, d => Format(approx, d) == "zip->city");
        Assert.Equal(0.1, fd.Error, 6);
        Assert.Equal(1, fd.ViolatingRows);
    }

    [Fact]
    public void Constant_column_depends_on_the_empty_set()
    {
        var result = DependencyDiscoverer.Discover(["a", "b"], [["1", "x"], ["2", "x"], ["3", "x"]]);
        Assert.Contains(result.Dependencies, d => d.Determinant.IsEmpty && d.Dependent == 1);
    }

    [Fact]
    public void Exact_discovery_finds_exactly_the_minimal_dependencies_of_random_tables() =>
        Table().Sample(t => Assert.Equal(BruteForceMinimal(t.Columns, t.Rows, 0), Discovered(t.Columns, t.Rows, 0)), iter: 400, threads: 1);

    [Fact]
    public void Approximate_discovery_finds_exactly_the_minimal_dependencies_within_the_tolerance() =>
        Table().Select(Gen.Int[1, 3], (t, e) => (t, e)).Sample(x =>
        {
            var (t, errorRows) = x;
            var eps = (double)errorRows / Math.Max(1, t.Rows.Count);
            Assert.Equal(BruteForceMinimal(t.Columns, t.Rows, eps), Discovered(t.Columns, t.Rows, eps));
        }, iter: 300, threads: 1);

    [Fact]
    public void Determinant_size_limit_keeps_exactly_the_minimal_dependencies_up_to_that_size() =>
        Table().Select(Gen.Int[0, 3], (t, k) => (t, k)).Sample(x =>
        {
            var ((n, rows), k) = x;
            var names = Enumerable.Range(0, n).Select(i => $"c{i}").ToList();
            var limited = DependencyDiscoverer.Discover(names, rows, new DiscoveryOptions(0, k)).Dependencies
                .Select(d => ((int)d.Determinant.LowBits, d.Dependent)).Order().ToList();
            var expected = BruteForceMinimal(n, rows, 0).Where(d => System.Numerics.BitOperations.PopCount((uint)d.Item1) <= k).ToList();
            Assert.Equal(expected, limited);
        }, iter: 300, threads: 1);

    [Fact]
    public void Large_sample_refined_in_parallel_gives_exactly_the_minimal_dependencies()
    {
        // 40,000 rows: enough partition work per level for the refinements to run on several threads.
        var random = new Random(5);
        var rows = new List<string[]>();
        for (var i = 0; i < 40_000; i++)
        {
            int a = random.Next(40), b = random.Next(30), c = random.Next(4);
            rows.Add([a.ToString(), b.ToString(), (a % 7).ToString(), c.ToString(), ((a + b) % 11).ToString(), random.Next(3).ToString()]);
        }
        Assert.Equal(CountingMinimal(6, rows), Discovered(6, rows, 0));
    }

    [Fact]
    public void More_than_64_columns_is_a_diagnostic_not_an_exception()
    {
        var columns = Enumerable.Range(0, 65).Select(i => $"c{i}").ToList();
        var result = DependencyDiscoverer.Discover(columns, [columns.ToArray()]);
        Assert.Equal(DependencyDiscoverer.TooManyColumns, Assert.Single(result.Diagnostics).Code);
    }

    private static Gen<(int Columns, List<string[]> Rows)> Table() =>
        from n in Gen.Int[1, 5]
        from rows in Gen.Int[0, 3].Array[n].Array[0, 14]
        select (n, rows.Select(r => r.Select(v => v.ToString()).ToArray()).ToList());

    private static string Format(DiscoveryResult r, DiscoveredDependency d) =>
        string.Join(",", d.Determinant.Members().Select(i => r.Columns[i])) + "->" + r.Columns[d.Dependent];

    private static List<(int, int)> Discovered(int n, List<string[]> rows, double eps)
    {
        var names = Enumerable.Range(0, n).Select(i => $"c{i}").ToList();
        return DependencyDiscoverer.Discover(names, rows, new DiscoveryOptions(eps)).Dependencies
            .Select(d => ((int)d.Determinant.LowBits, d.Dependent)).Order().ToList();
    }

    // Exact minimal dependencies by grouping rows on every column subset: X → A holds when X and X ∪ A have as many groups.
    private static List<(int, int)> CountingMinimal(int n, List<string[]> rows)
    {
        var groups = new int[1 << n];
        for (var x = 0; x < 1 << n; x++)
        {
            var set = new HashSet<string>();
            foreach (var r in rows) set.Add(string.Join("|", Enumerable.Range(0, n).Where(i => (x >> i & 1) != 0).Select(i => r[i])));
            groups[x] = set.Count;
        }
        bool Holds(int x, int a) => groups[x] == groups[x | 1 << a];
        var result = new List<(int, int)>();
        for (var a = 0; a < n; a++)
        {
            for (var x = 0; x < 1 << n; x++)
            {
                if ((x >> a & 1) == 0 && Holds(x, a) && Enumerable.Range(0, n).All(b => (x >> b & 1) == 0 || !Holds(x & ~(1 << b), a))) result.Add((x, a));
            }
        }
        return result.Order().ToList();
    }

    // All X → A (A ∉ X) with g3 ≤ eps and no X − B → A with g3 ≤ eps.
    private static List<(int, int)> BruteForceMinimal(int n, List<string[]> rows, double eps)
    {
        var maxRows = (int)Math.Floor(eps * rows.Count + 1e-9);
        bool Holds(int x, int a)
        {
            var removed = rows.GroupBy(r => string.Join("|", Enumerable.Range(0, n).Where(i => (x >> i & 1) != 0).Select(i => r[i])))
                .Sum(g => g.Count() - g.GroupBy(r => r[a]).Max(h => h.Count()));
            return removed <= maxRows;
        }
        var result = new List<(int, int)>();
        for (var a = 0; a < n; a++)
        {
            for (var x = 0; x < 1 << n; x++)
            {
                if ((x >> a & 1) != 0 || !Holds(x, a)) continue;
                var minimal = true;
                for (var b = 0; b < n && minimal; b++)
                {
                    if ((x >> b & 1) != 0 && Holds(x & ~(1 << b), a)) minimal = false;
                }
                if (minimal) result.Add((x, a));
            }
        }
        return result.Order().ToList();
    }
}
