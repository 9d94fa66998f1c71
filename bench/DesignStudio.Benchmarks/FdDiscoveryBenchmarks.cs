using BenchmarkDotNet.Attributes;
using DesignStudio.Core.Analysis.NormalForms.Discovery;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Issue 5 target: dependency discovery on 20 columns × 100,000 rows in under 10 s. The sample is a seeded,
/// denormalised order-lines extract: a unique line id, customer, product, date and warehouse columns with the
/// attributes they determine (name, city → country, category, price, weekday, month, region), and six independent
/// columns (quantity, status, payment, discount, carrier, channel). The six independent low-cardinality columns never
/// form a key together (21,600 combinations for 100,000 rows), so the full lattice is large: without a limit on the
/// left-hand side TANE finds 11,703 minimal (mostly accidental) dependencies (about 24 s of CPU before the key-pruning
/// lookups, pair shortcut and parallel refinement); measured with left-hand sides of up to 2 and 3 columns (the UI's
/// default) and with no limit.
/// </summary>
[MemoryDiagnoser]
public class FdDiscoveryBenchmarks
{
    private const int Rows = 100_000;
    private string[] columns = null!;
    private List<string[]> rows = null!;

    /// <summary>Largest left-hand side searched.</summary>
    [ParamsSource(nameof(DeterminantSizes))]
    public int? MaxDeterminantSize { get; set; }

    /// <summary>2, 3 and no limit.</summary>
    public static IEnumerable<int?> DeterminantSizes => [2, 3, null];

    [GlobalSetup]
    public void Setup()
    {
        columns = ["line_id", "customer_id", "customer_name", "customer_city", "customer_country", "product_id", "product_name",
            "category", "unit_price", "quantity", "order_date", "weekday", "month", "status", "payment", "discount",
            "warehouse", "region", "carrier", "channel"];
        var random = new Random(20261125);
        rows = new List<string[]>(Rows);
        for (var i = 0; i < Rows; i++)
        {
            var customer = random.Next(5_000);
            var city = customer * 7 % 300;
            var product = random.Next(1_000);
            var day = random.Next(365);
            var warehouse = random.Next(10);
            rows.Add(
            [
                i.ToString(), customer.ToString(), $"Customer {customer}", $"City {city}", $"Country {city % 20}",
                product.ToString(), $"Product {product}", $"Category {product % 50}", (5 + product % 97).ToString(),
                random.Next(1, 11).ToString(), $"2026-{day}", (day % 7).ToString(), (day / 31).ToString(),
                random.Next(5).ToString(), random.Next(4).ToString(), random.Next(6).ToString(), warehouse.ToString(),
                (warehouse % 4).ToString(), random.Next(6).ToString(), random.Next(3).ToString(),
            ]);
        }
    }

    /// <summary>All minimal exact dependencies with up to <see cref="MaxDeterminantSize"/> columns on the left.</summary>
    [Benchmark]
    public int DiscoverExact() => DependencyDiscoverer.Discover(columns, rows, new DiscoveryOptions(0, MaxDeterminantSize)).Dependencies.Count;
}
