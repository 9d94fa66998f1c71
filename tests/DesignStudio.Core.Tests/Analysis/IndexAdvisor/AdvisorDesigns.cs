using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;

namespace DesignStudio.Core.Tests.Analysis.IndexAdvisor;

/// <summary>The blog sample with realistic row estimates, optionally without some of its indexes and constraints.</summary>
internal static class AdvisorDesigns
{
    public static Design Blog(params string[] withoutIds)
    {
        var design = SampleDesigns.Blog();
        var rows = new Dictionary<string, long> { ["users"] = 100_000, ["posts"] = 1_000_000, ["tags"] = 5_000 };
        return design with
        {
            Tables = [.. design.Tables.Select(t => t with
            {
                RowEstimate = rows.GetValueOrDefault(t.Name, 100_000),
                // Sign-in addresses are (nearly) unique even without the unique constraint.
                Columns = [.. t.Columns.Select(c => c.Id == "col_users_email" ? c with { DistinctEstimate = 100_000 } : c)],
                Indexes = [.. t.Indexes.Where(i => !withoutIds.Contains(i.Id))],
                Uniques = [.. t.Uniques.Where(u => !withoutIds.Contains(u.Id))],
            })],
        };
    }

    public static Design WithTable(Design design, string name, Func<Table, Table> change) =>
        design with { Tables = [.. design.Tables.Select(t => t.Name == name ? change(t) : t)] };

    public static Design Documents()
    {
        Column C(string name, LogicalType type) => new() { Id = "col_docs_" + name, Name = name, Type = type };
        var table = new Table
        {
            Id = "tbl_docs", Name = "docs", RowEstimate = 500_000,
            Columns = [C("id", LogicalType.Int64), C("body", LogicalType.Of(TypeKind.Json)), C("labels", LogicalType.Text.AsArray()),
                C("title", LogicalType.Varchar(200)), C("deleted_at", LogicalType.TimestampTz), C("score", LogicalType.Int32)],
            PrimaryKey = new PrimaryKey { Id = "pk_docs", ColumnIds = ["col_docs_id"] },
        };
        return new Design { Name = "Docs", Tables = [table] };
    }
}
