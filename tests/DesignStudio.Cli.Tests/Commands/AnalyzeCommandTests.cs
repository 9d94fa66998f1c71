using System.Text.Json;
using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Cli.Tests.Commands;

public class AnalyzeCommandTests
{
    private static Column Col(string table, string name, bool key = false) =>
        new() { Id = $"col_{table}_{name}", Name = name, Type = LogicalType.Text, Nullable = !key };

    private static Design Shop()
    {
        var customers = new Table
        {
            Id = "tbl_customers", Name = "customers",
            Columns = [Col("customers", "id", true), Col("customers", "email")],
            PrimaryKey = new PrimaryKey { Id = "pk_customers", ColumnIds = ["col_customers_id"] },
        };
        var orders = new Table
        {
            Id = "tbl_orders", Name = "orders",
            Columns = [Col("orders", "id", true), Col("orders", "customer_id"), Col("orders", "customer_email"), Col("orders", "zip"), Col("orders", "city")],
            PrimaryKey = new PrimaryKey { Id = "pk_orders", ColumnIds = ["col_orders_id"] },
            ForeignKeys = [new ForeignKey { Id = "fk_orders_customer", ColumnIds = ["col_orders_customer_id"], TargetTableId = "tbl_customers", TargetColumnIds = ["col_customers_id"] }],
            FunctionalDependencies = [new FunctionalDependency { Id = "fd_zip", DeterminantIds = ["col_orders_zip"], DependentIds = ["col_orders_city"] }],
        };
        var contacts = new Table
        {
            Id = "tbl_contacts", Name = "contacts",
            Columns = [Col("contacts", "id", true), Col("contacts", "phone1"), Col("contacts", "phone2")],
            PrimaryKey = new PrimaryKey { Id = "pk_contacts", ColumnIds = ["col_contacts_id"] },
        };
        return new Design { Name = "Shop", Tables = [customers, orders, contacts] };
    }

    [Fact]
    public void Json_report_rates_each_table_with_violations_findings_and_hints()
    {
        using var file = new TempDesignFile(DesignFile.Serialize(Shop()));
        var run = CliRun.Of("analyze", file.Path, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var root = JsonDocument.Parse(run.Output).RootElement;
        var tables = root.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("table").GetString()!);

        Assert.Equal("BCNF", tables["customers"].GetProperty("normal_form").GetString());
        var orders = tables["orders"];
        Assert.Equal("2NF", orders.GetProperty("normal_form").GetString());
        Assert.Equal("zip->city", orders.GetProperty("violations")[0].GetProperty("fd").GetString());
        Assert.Equal("customer_id->customer_email", orders.GetProperty("hints")[0].GetProperty("fd").GetString());
        Assert.Equal(2, orders.GetProperty("decomposition_3nf").GetArrayLength());
        var contacts = tables["contacts"];
        Assert.Equal("UNF", contacts.GetProperty("normal_form").GetString());
        Assert.Equal("BCNF", contacts.GetProperty("dependency_normal_form").GetString());
        Assert.Equal("NF101", contacts.GetProperty("first_normal_form")[0].GetProperty("code").GetString());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("BCNF").GetInt32());
    }

    [Fact]
    public void Text_report_has_one_line_per_table_and_a_summary()
    {
        using var file = new TempDesignFile(DesignFile.Serialize(Shop()));
        var run = CliRun.Of("analyze", file.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("orders: 2NF", run.Output);
        Assert.Contains("[3NF] zip → city: zip is not a key and city is not part of any key", run.Output);
        Assert.Contains("[hint] orders.customer_email copies customers.email", run.Output);
        Assert.Contains("1 BCNF, 1 2NF, 1 UNF (3 tables)", run.Output);
    }

    [Fact]
    public void Unreadable_design_exits_with_2()
    {
        using var file = new TempDesignFile("{ not json");
        var run = CliRun.Of("analyze", file.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error", run.Error);
    }
}
